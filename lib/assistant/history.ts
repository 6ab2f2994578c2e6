import type { ModelMessage } from "ai";

/** How many stored messages the model sees: a long conversation costs no more than a short one. */
export const HISTORY_WINDOW = 30;

/**
 * What the messages of one model request may weigh, in bytes of JSON. With the system prompt and
 * the tool definitions it keeps a request under ~64 KB, however many tasks were listed before.
 */
export const MESSAGES_BUDGET_BYTES = 48 * 1024;

const OMITTED = {
  omitted: true,
  note: "An earlier tool result was left out to keep the request small. Call the tool again if you need it.",
};

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/**
 * The messages trimmed to the budget, oldest first: tool results are replaced by a short note
 * (the call stays, so the model knows it happened), and only if that is not enough are whole
 * early turns dropped. The newest message and the latest tool results are kept whole.
 */
export function fitToBudget(messages: ModelMessage[], budget = MESSAGES_BUDGET_BYTES): ModelMessage[] {
  let total = size(messages);
  if (total <= budget) return messages;
  const fitted = [...messages];

  // Oldest tool results first; the last tool message (what this step is answering) stays whole.
  const lastTool = fitted.findLastIndex((m) => m.role === "tool");
  for (let i = 0; i < lastTool && total > budget; i++) {
    const message = fitted[i]!;
    if (message.role !== "tool") continue;
    const before = size(message);
    const content = message.content.map((part) =>
      part.type === "tool-result" ? { ...part, output: { type: "json" as const, value: OMITTED } } : part,
    );
    fitted[i] = { ...message, content };
    total += size(fitted[i]) - before;
  }

  // Then whole turns from the start, so a tool call is never separated from its result.
  while (total > budget && fitted.length > 1) {
    let end = 1;
    while (end < fitted.length - 1 && fitted[end]!.role !== "user") end++;
    if (end >= fitted.length - 1 && fitted[end]?.role !== "user") break;
    total -= fitted.slice(0, end).reduce((sum, m) => sum + size(m) + 1, 0);
    fitted.splice(0, end);
  }
  return fitted;
}
