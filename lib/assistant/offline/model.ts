import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { planNextStep } from "./plan";

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

let calls = 0;
const nextId = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${(calls++).toString(36)}`;

function content(options: LanguageModelV4CallOptions): LanguageModelV4Content[] {
  const step = planNextStep(options.prompt);
  if (step.type === "text") return [{ type: "text", text: step.text }];
  return [{ type: "tool-call", toolCallId: nextId("call"), toolName: step.toolName, input: JSON.stringify(step.input) }];
}

/**
 * Docket's built-in assistant as a real AI SDK language model: it runs inside the same
 * streamText + tools loop as any provider, deciding each step with a deterministic parser.
 */
export function offlineModel(): LanguageModelV4 {
  return {
    specificationVersion: "v4",
    provider: "docket",
    modelId: "offline",
    supportedUrls: {},

    async doGenerate(options) {
      const parts = content(options);
      const toolCall = parts.some((p) => p.type === "tool-call");
      return { content: parts, finishReason: { unified: toolCall ? "tool-calls" : "stop", raw: undefined }, usage, warnings: [] };
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
          const toolCall = parts.some((p) => p.type === "tool-call");
          controller.enqueue({ type: "finish", usage, finishReason: { unified: toolCall ? "tool-calls" : "stop", raw: undefined } });
          controller.close();
        },
      });
      return { stream };
    },
  };
}
