import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { planNextStep } from "./plan";
import { localeOf, timezoneOf } from "./call-options";

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

const nextId = (prefix: string) => `${prefix}_${globalThis.crypto.randomUUID()}`;

function content(options: LanguageModelV4CallOptions): LanguageModelV4Content[] {
  const { providerOptions } = options;
  const step = planNextStep(options.prompt, { timezone: timezoneOf(providerOptions), locale: localeOf(providerOptions), now: new Date() });
  if (step.type === "text") return [{ type: "text", text: step.text }];
  return step.calls.map((call) => ({ type: "tool-call", toolCallId: nextId("call"), toolName: call.toolName, input: JSON.stringify(call.input) }));
}

const finishReason = (parts: LanguageModelV4Content[]) =>
  ({ unified: parts.some((p) => p.type === "tool-call") ? "tool-calls" : "stop", raw: undefined }) as const;

/**
 * Docket's built-in assistant as a real AI SDK language model: it runs inside the same
 * streamText + tools loop as any provider, deciding each step with a deterministic language
 * layer. A step may hold several tool calls; the SDK runs them all before the next step.
 */
export function offlineModel(): LanguageModelV4 {
  return {
    specificationVersion: "v4",
    provider: "docket",
    modelId: "offline",
    supportedUrls: {},

    async doGenerate(options) {
      const parts = content(options);
      return { content: parts, finishReason: finishReason(parts), usage, warnings: [] };
    },

    async doStream(options) {
      const parts = content(options);
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          for (const part of parts) {
            if (part.type === "text") {
              const id = nextId("text");
              controller.enqueue({ type: "text-start", id });
              // Word by word, so the browser shows a reply streaming in like a real model's.
              for (const piece of part.text.match(/\S+\s*|\s+/g) ?? []) controller.enqueue({ type: "text-delta", id, delta: piece });
              controller.enqueue({ type: "text-end", id });
            } else if (part.type === "tool-call") {
              controller.enqueue(part);
            }
          }
          controller.enqueue({ type: "finish", usage, finishReason: finishReason(parts) });
          controller.close();
        },
      });
      return { stream };
    },
  };
}
