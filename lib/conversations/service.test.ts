import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { createUser, describeWithDatabases } from "@/test/databases";
import { titleFrom } from "./schemas";
import { conversationService } from "./service";

it.each([
  ["hi", "New conversation"],
  ["Hello there!", "New conversation"],
  ["thanks!! ok", "New conversation"],
  ["add milk", "add milk"],
  ["hi, add a task to buy milk", "hi, add a task to buy milk"],
  ["please remind me to call the plumber about the leak in the kitchen tomorrow", "please remind me to call the plumber about the…"],
])("titles a conversation that starts %j as %j", (text, title) => {
  expect(titleFrom(text)).toBe(title);
});

describeWithDatabases(
  "conversations",
  (getDb) => {
    it("is titled by the first message that carries meaning, and keeps that title", async () => {
      const service = conversationService(getDb().db);
      const owner = await createUser(getDb().db);
      const id = randomUUID();
      expect((await service.openConversation(owner, id, "hi")).title).toBe("New conversation");
      expect((await service.openConversation(owner, id, "thanks")).title).toBe("New conversation");
      expect((await service.openConversation(owner, id, "what's due today?")).title).toBe("what's due today?");
      expect((await service.openConversation(owner, id, "add milk")).title).toBe("what's due today?");
    });

    it("never titles or shows another user's conversation", async () => {
      const service = conversationService(getDb().db);
      const [owner, intruder] = [await createUser(getDb().db), await createUser(getDb().db)];
      const id = randomUUID();
      await service.openConversation(owner, id, "hey");
      await expect(service.openConversation(intruder, id, "delete everything")).rejects.toMatchObject({ code: "not_found" });
      expect((await service.getConversation(owner, id)).title).toBe("New conversation");
    });
  },
  ["pglite", "pg"],
);
