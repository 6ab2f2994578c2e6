import { createGoogle } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { Env } from "@/lib/env";
import { offlineModel } from "./offline/model";

export interface ModelChoice {
  model: LanguageModel;
  /** For logs and the README: which provider answered. */
  label: string;
}

/**
 * The model chosen by the environment: the first that is set wins —
 * OPENAI_BASE_URL, OPENAI_API_KEY, GOOGLE_GENERATIVE_AI_API_KEY — else the built-in offline one.
 */
export function chooseModel(e: Env): ModelChoice {
  if (e.ASSISTANT_MODEL === "offline") return { model: offlineModel(), label: "offline" };
  if (e.OPENAI_BASE_URL) {
    // Chat Completions, which every OpenAI-compatible server (Ollama, vLLM, LM Studio…) speaks.
    const provider = createOpenAI({ baseURL: e.OPENAI_BASE_URL, apiKey: e.OPENAI_API_KEY ?? "unused" });
    return { model: provider.chat(e.OPENAI_MODEL!), label: `openai-compatible:${e.OPENAI_MODEL}` };
  }
  if (e.OPENAI_API_KEY) {
    const model = e.OPENAI_MODEL ?? "gpt-4.1-mini";
    return { model: createOpenAI({ apiKey: e.OPENAI_API_KEY }).chat(model), label: `openai:${model}` };
  }
  if (e.GOOGLE_GENERATIVE_AI_API_KEY) {
    const google = createGoogle({ apiKey: e.GOOGLE_GENERATIVE_AI_API_KEY });
    return { model: google(e.GOOGLE_MODEL), label: `google:${e.GOOGLE_MODEL}` };
  }
  return { model: offlineModel(), label: "offline" };
}
