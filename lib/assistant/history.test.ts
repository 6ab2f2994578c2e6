import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { fitToBudget } from "./history";

const size = (messages: ModelMessage[]) => Buffer.byteLength(JSON.stringify(messages));
const description = "lorem ipsum ".repeat(17); // ~200 characters, as list_tasks cuts them

/** One turn: the user asks, the model lists 50 tasks, the tool answers, the model replies. */
function listingTurn(n: number): ModelMessage[] {
  const tasks = Array.from({ length: 50 }, (_, i) => ({ task_id: i + 1, title: `Task ${i + 1}`, description, completed: false }));
  return [
    { role: "user", content: [{ type: "text", text: `list all (${n})` }] },
    { role: "assistant", content: [{ type: "tool-call", toolCallId: `call-${n}`, toolName: "list_tasks", input: { status: "all" } }] },
    { role: "tool", content: [{ type: "tool-result", toolCallId: `call-${n}`, toolName: "list_tasks", output: { type: "json", value: { tasks, total: 50 } } }] },
    { role: "assistant", content: [{ type: "text", text: "Listed 50 tasks" }] },
  ];
}

describe("the model's history budget", () => {
  it("leaves a conversation under the budget as it is", () => {
    const messages = listingTurn(1);
    expect(fitToBudget(messages, 64 * 1024)).toBe(messages);
  });

  it("shrinks a dozen listings under the budget, older tool results first, keeping the newest whole", () => {
    const messages = [...Array.from({ length: 12 }, (_, i) => listingTurn(i)).flat(), { role: "user", content: [{ type: "text", text: "and now?" }] } as ModelMessage];
    expect(size(messages)).toBeGreaterThan(150 * 1024);
    const fitted = fitToBudget(messages, 48 * 1024);
    expect(size(fitted)).toBeLessThanOrEqual(48 * 1024);
    expect(fitted.at(-1)).toEqual(messages.at(-1));
    const results = fitted.filter((m) => m.role === "tool");
    expect(JSON.stringify(results.at(-1))).toContain('"total":50');
    expect(JSON.stringify(results[0])).toContain("left out to keep the request small");
  });

  it("drops whole turns only when that is not enough, never separating a tool call from its result", () => {
    const messages = Array.from({ length: 12 }, (_, i) => listingTurn(i)).flat();
    const fitted = fitToBudget(messages, 20 * 1024);
    expect(size(fitted)).toBeLessThanOrEqual(20 * 1024);
    expect(fitted[0]!.role).toBe("user");
    const calls = fitted.flatMap((m) => (m.role === "assistant" && Array.isArray(m.content) ? m.content.filter((p) => p.type === "tool-call").map((p) => p.toolCallId) : []));
    const answered = fitted.flatMap((m) => (m.role === "tool" ? m.content.map((p) => (p.type === "tool-result" ? p.toolCallId : "")) : []));
    expect(calls).toEqual(answered);
  });
});
