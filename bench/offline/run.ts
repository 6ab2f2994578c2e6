// bench/offline — the built-in offline assistant's own work per turn (run by hand:
// `npx tsx bench/offline/run.ts`). Every row of the phrasing table is played against the
// simulated tools; for the row's last message we time all of its planNextStep calls (each step
// of the turn, earlier turns read back included) and keep the median of 9 runs per row, then
// report p50/p95/p99/max over rows, beside the AI SDK's mock model answering the same number of
// steps (the baseline: a model that does no work of its own).
import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { planNextStep } from "@/lib/assistant/offline/plan";
import { phrasingTable } from "@/lib/assistant/offline/phrasings";
import type { Phrasing } from "@/lib/assistant/offline/phrasings/rows";
import { SIMULATED_NOW, taskStore } from "@/lib/assistant/offline/phrasings/simulate";

let run = 0;

let lastSteps = 0;

/** Milliseconds spent planning the last message's turn (its step count is left in `lastSteps`). */
function timeTurn(row: Phrasing): number {
  run += 2;
  const base = (row.now ? new Date(row.now) : SIMULATED_NOW).getTime() + run * 60_000;
  const timezone = row.timezone ?? "UTC";
  const earlier = { timezone, now: new Date(base) };
  const later = { timezone, now: new Date(base + 60_000) };
  const store = taskStore(row.tasks, earlier);
  const prompt: LanguageModelV4Prompt = [];
  const messages = [...(row.before ?? []), row.say];
  let id = 0;
  let spent = 0;
  messages.forEach((text, m) => {
    const last = m === messages.length - 1;
    prompt.push({ role: "user", content: [{ type: "text", text }] });
    for (let step = 0; step < 8; step++) {
      const started = performance.now();
      const next = planNextStep(prompt, last ? later : earlier);
      if (last) {
        spent += performance.now() - started;
        lastSteps = step + 1;
      }
      if (next.type === "text") {
        prompt.push({ role: "assistant", content: [{ type: "text", text: next.text }] });
        break;
      }
      const ids = next.calls.map(() => `c${id++}`);
      prompt.push({ role: "assistant", content: next.calls.map((c, i) => ({ type: "tool-call", toolCallId: ids[i]!, toolName: c.toolName, input: c.input })) });
      prompt.push({
        role: "tool",
        content: next.calls.map((c, i) => ({ type: "tool-result", toolCallId: ids[i]!, toolName: c.toolName, output: { type: "json", value: store.execute(c) as never } })),
      });
    }
  });
  return spent;
}

const mock = new MockLanguageModelV4({
  doGenerate: async () => ({ content: [{ type: "text", text: "ok" }], finishReason: { unified: "stop", raw: undefined }, usage: { inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 0, text: 0, reasoning: 0 } }, warnings: [] }),
});
/** Milliseconds the mock model takes to answer `steps` steps of a turn. */
async function timeMockTurn(steps: number): Promise<number> {
  const options = { prompt: [{ role: "user", content: [{ type: "text", text: "add milk" }] }] } as LanguageModelV4CallOptions;
  const started = performance.now();
  for (let i = 0; i < steps; i++) await mock.doGenerate(options);
  return performance.now() - started;
}

const rows = Object.values(phrasingTable).flat();
for (let i = 0; i < 3; i++) rows.forEach(timeTurn);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perRow: { row: Phrasing; ms: number; mockMs: number }[] = [];
for (const row of rows) {
  const ms = median(Array.from({ length: 9 }, () => timeTurn(row)));
  const steps = lastSteps;
  const mockMs = median(await Promise.all(Array.from({ length: 9 }, () => timeMockTurn(steps))));
  perRow.push({ row, ms, mockMs });
}
const quantiles = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(2);
};
const at = quantiles(perRow.map((r) => r.ms));
const mockAt = quantiles(perRow.map((r) => r.mockMs));
const overAt = quantiles(perRow.map((r) => r.ms - r.mockMs));
console.log(`${rows.length} turns: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
console.log(`mock model, same steps: p50 ${mockAt(0.5)} ms, p95 ${mockAt(0.95)} ms`);
console.log(`offline over mock per turn: p95 ${overAt(0.95)} ms (budget 2 ms)`);
console.log("slowest:");
for (const { row, ms } of perRow.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${ms.toFixed(2)} ms  ${row.say.slice(0, 70)}`);
