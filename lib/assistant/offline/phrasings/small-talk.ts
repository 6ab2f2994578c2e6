import { add, type Phrasing } from "./rows";

const NOT_HELP = /Delete the meeting task/;

/** No tool calls; short, varied answers; the full help only when asked for. */
export const smallTalkRows: Phrasing[] = [
  // The issue's: help when asked for, and not "I'm not sure what you mean".
  { say: "what can you do?", calls: "none", reply: /Add milk, eggs and bread[\s\S]*Undo/, notReply: /not sure/ },
  { say: "help", calls: "none", reply: /What's pending\?/, notReply: /not sure/ },
  { say: "thanks!", calls: "none", reply: /welcome|glad|anytime|problem/i, notReply: NOT_HELP },
  { say: "Help!", calls: "none", reply: /Mark 3 done/ },
  { say: "how does this work?", calls: "none", reply: /Add milk/ },
  { say: "hi", calls: "none", reply: /^(Hi|Hello|Hey)!/, notReply: NOT_HELP },
  { say: "hello there", calls: "none", reply: /^(Hi|Hello|Hey)!/ },
  { say: "good morning", calls: "none", reply: /^(Hi|Hello|Hey)!/ },
  { say: "thank you so much", calls: "none", reply: /welcome|glad|anytime|problem/i },
  { say: "thx", calls: "none", reply: /welcome|glad|anytime|problem/i },
  { say: "bye", calls: "none", reply: /bye|later/i },
  { say: "see you later", calls: "none", reply: /bye|later/i },
  { say: "ok thanks bye", calls: "none", reply: /bye|later/i },
  { say: "how are you?", calls: "none", reply: /good|well|ready/i },
  { say: "ok", calls: "none", reply: /^(Great!|Got it\.|Sounds good\.)$/ },
  { say: "cool", calls: "none", reply: /^(Great!|Got it\.|Sounds good\.)$/ },
  { say: "who are you?", calls: "none", reply: /built-in assistant/ },
  { say: "Hello! I'm new here, what is this?", calls: "none", reply: /built-in assistant/ },
  { say: "good job", calls: "none", reply: /Thank|Glad/ },
  // Things it cannot do: one honest sentence naming what it can.
  { say: "tell me a joke", calls: "none", reply: /better at tasks/ },
  { say: "what's the weather", calls: "none", reply: /can't check the weather/ },
  { say: "set an alarm for 7", calls: "none", reply: /can't set alarms/ },
  { say: "ping me at 5pm to call mom", calls: [add("Call mom", { due: "at 5pm", reminders: [{ before_minutes: 0 }] })], reply: /^Added #1 “Call mom”, due Today 17:00\. I'll remind you when it's due\.$/ },
  { say: "set a reminder to water the plants", calls: "none", reply: /can add “Water the plants” as a task/ },
  { say: "add a label to task 3", calls: "none", reply: /Tell me which task and which label/ },
  { say: "set a due date", calls: "none", reply: /Tell me which task and when/ },
  { say: "what time is it?", calls: "none", reply: /It's Tuesday, March 10, 2026/ },
  { say: "asdkjh qwe zxcvb mnbv lkjh poiu", calls: "none", reply: /help/ },
  { say: "why is the sky blue?", calls: "none", reply: /not sure|didn't/ },
  { say: `please add ${"a very long pasted paragraph ".repeat(20)}`, calls: "none", reply: /long message/ },
  { say: "lightbulbs", calls: "none", reply: /Should I add “Lightbulbs” as a task\?/ },
  { say: "morning!", calls: "none", reply: /^(Hi|Hello|Hey)!/ },
  { say: "cheers mate", calls: "none", reply: /welcome|glad|anytime|problem/i },
  { say: "what's 2+2", calls: "none", reply: /can't/ },
  { say: "play some music", calls: "none", reply: /can't/ },
  { say: "thnks", calls: "none", reply: /welcome|glad|anytime|problem/i },
  { say: "helo", calls: "none", reply: /^(Hi|Hello|Hey)!/ },
  { say: "wat can u do", calls: "none", reply: /Add milk/ },
  { say: "reply with: ok", calls: "none", reply: /only manage your tasks/ },
];
