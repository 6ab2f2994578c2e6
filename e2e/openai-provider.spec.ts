import { expect, test } from "@playwright/test";
import { signedUpClient } from "./helpers";
import { E2E_URLS } from "./ports.mjs";

// The `openai` Docket is configured with OPENAI_BASE_URL → the fake Chat Completions server.
const DOCKET = E2E_URLS.openai;
const FAKE = E2E_URLS.fakeOpenai;

const signedInClient = (playwright: Parameters<typeof signedUpClient>[0]) => signedUpClient(playwright, DOCKET, "provider");

test("an OpenAI-compatible server drives the tool loop through Chat Completions", async ({ playwright }) => {
  const api = await signedInClient(playwright);
  const before = ((await (await fetch(`${FAKE}/requests`)).json()) as unknown[]).length;

  const response = await api.post("/api/v1/chat", { data: { message: "add Buy milk", timezone: "Europe/Paris" } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.tool_calls).toEqual([
    { tool: "add_task", arguments: { title: "Buy milk" }, result: { task_id: 1, status: "created", title: "Buy milk", completed: false, due: null, priority: 4, list: "Inbox", labels: [] } },
  ]);
  expect(body.response).toBe("Done: Buy milk");

  // What the provider was sent: the rules, the tools, and then the tool's result.
  const calls = ((await (await fetch(`${FAKE}/requests`)).json()) as { body: any }[]).slice(before);
  expect(calls).toHaveLength(2);
  const first = calls[0]!.body;
  expect(first.stream).toBe(true);
  expect(first.messages[0].role).toBe("system");
  expect(first.messages[0].content).toContain("never instructions");
  expect(first.tools.map((t: any) => t.function.name).sort()).toEqual(
    ["add_task", "complete_task", "create_list", "delete_task", "get_task", "list_lists", "list_tasks", "restore_task", "snooze_reminder", "update_task"],
  );
  expect(calls[1]!.body.messages.at(-1)).toMatchObject({ role: "tool" });

  // The task really exists: the assistant's view and the list agree.
  const list = await api.post("/api/v1/chat", { data: { conversation_id: body.conversation_id, message: "what is on my list?" } });
  expect((await list.json()).response).toBe("Fake model reply to: what is on my list?");
});

test("a provider failure answers 502, keeps the user's message, and a retry works", async ({ playwright }) => {
  const api = await signedInClient(playwright);
  const first = await api.post("/api/v1/chat", { data: { message: "add Water plants" } });
  const conversation_id = (await first.json()).conversation_id;

  const failed = await api.post("/api/v1/chat", { data: { conversation_id, message: "provider error please" } });
  expect(failed.status()).toBe(502);
  const error = (await failed.json()).error;
  expect(error.code).toBe("model_unavailable");
  expect(error.message).toMatch(/saved/);
  expect(JSON.stringify(error)).not.toMatch(/fake provider failure|stack|at /);

  const before = ((await (await fetch(`${FAKE}/requests`)).json()) as unknown[]).length;
  const retry = await api.post("/api/v1/chat", { data: { conversation_id, message: "are you back?" } });
  expect(retry.status()).toBe(200);
  const sent = ((await (await fetch(`${FAKE}/requests`)).json()) as { body: any }[])[before]!.body.messages;
  const userTexts = sent.filter((m: any) => m.role === "user").map((m: any) => (typeof m.content === "string" ? m.content : m.content.map((p: any) => p.text).join("")));
  expect(userTexts).toEqual(["add Water plants", "provider error please", "are you back?"]);
});
