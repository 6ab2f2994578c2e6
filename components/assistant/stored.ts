import type { StoredMessage } from "@/lib/conversations/schemas";
import type { ChatMessage } from "./message-view";

export function toChatMessages(stored: StoredMessage[]): ChatMessage[] {
  return stored.map((m) => ({ id: m.id, role: m.role, parts: m.parts as ChatMessage["parts"], metadata: { status: m.status } }));
}

/** The plain-words message of a failed chat request (our JSON error body, or the network's). */
export function chatErrorMessage(error: Error): string {
  try {
    const body = JSON.parse(error.message) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not our JSON: a network failure or a stream error text
  }
  if (/fetch|network/i.test(error.message)) return "Couldn't reach Docket. Check your connection.";
  return error.message || "Something went wrong.";
}
