import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { hashApiKey, verifyApiKeyAndCount } from "@/lib/auth/api-keys";
import { conversationService } from "@/lib/conversations/service";
import { taskService } from "@/lib/tasks/service";
import { describeWithDatabases } from "@/test/databases";
import { migrateDatabase } from "./migrate";

// The last release that landed: its migrations end at 0003. A database it made must start on this one.
const LAST_RELEASE = "0003_unlogged_counters";
const lastRelease = mkdtempSync(path.join(tmpdir(), "docket-last-release-"));
cpSync(path.join(import.meta.dirname, "migrations"), lastRelease, { recursive: true });
const journalPath = path.join(lastRelease, "meta", "_journal.json");
const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === LAST_RELEASE) + 1) }));
afterAll(() => rmSync(lastRelease, { recursive: true, force: true }));

const TABLES = ["user", "session", "account", "apikey", "task_counters", "tasks", "conversations", "messages"];
const KEY = "dk_upgrade_test_key_0123456789";

describeWithDatabases(
  `upgrading a database made by the last release (${LAST_RELEASE}) to this one`,
  (getDb) => {
    const rows = async <T>(query: ReturnType<typeof sql>) => ((await getDb().db.execute(query)) as unknown as { rows: T[] }).rows;
    const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await rows<{ n: string }>(sql.raw(`select count(*) as n from "${t}"`)))[0]!.n)])));

    it("keeps users, sessions, keys, tasks with their numbers and conversations, and every service works on them", async () => {
      const { db, handle } = getDb();
      await expect(rows(sql`select due_date from tasks`)).rejects.toThrow(); // really the old schema
      await db.execute(sql`insert into "user" (id, name, email) values ('u1', 'One', 'one@example.com'), ('u2', 'Two', 'two@example.com')`);
      await db.execute(sql`insert into session (id, expires_at, token, user_id) values ('s1', now() + interval '7 days', 'tok1', 'u1')`);
      await db.execute(sql`insert into account (id, account_id, provider_id, user_id, password) values ('a1', 'u1', 'credential', 'u1', 'hash')`);
      await db.execute(sql`insert into apikey (id, key, reference_id, name, enabled) values ('k1', ${hashApiKey(KEY)}, 'u1', 'script', true)`);
      await db.execute(sql`insert into tasks (user_id, number, title, description, completed, completed_at, deleted_at) values
        ('u1', 1, 'Buy milk', '', false, null, null), ('u1', 4, 'Call the dentist', 'about the crown', true, now(), null),
        ('u1', 7, 'Old idea', '', false, null, now()), ('u2', 3, 'Water the plants', '', false, null, null)`);
      await db.execute(sql`insert into task_counters (user_id, last_number) values ('u1', 7), ('u2', 3)`);
      await db.execute(sql`insert into conversations (id, user_id, title) values ('6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u1', 'Groceries')`);
      await db.execute(sql`insert into messages (id, conversation_id, user_id, role, content, parts, status) values
        ('m1', '6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u1', 'user', 'add milk', '[{"type":"text","text":"add milk"}]', 'complete'),
        ('m2', '6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u1', 'assistant', 'Added #1.', '[{"type":"text","text":"Added #1."}]', 'complete')`);
      const before = await counts();
      const tasksBefore = await rows(sql`select user_id, number, title, description, completed, completed_at, deleted_at from tasks order by user_id, number`);

      await migrateDatabase(handle);

      expect(await counts()).toEqual(before);
      expect(await rows(sql`select user_id, number, title, description, completed, completed_at, deleted_at from tasks order by user_id, number`)).toEqual(tasksBefore);
      expect(await rows(sql`select distinct priority, due_date, recurrence_rule, completed_occurrences from tasks`)).toEqual([{ priority: 4, due_date: null, recurrence_rule: null, completed_occurrences: [] }]);
      expect(await rows(sql`select token, user_id from session`)).toEqual([{ token: "tok1", user_id: "u1" }]);

      // The key still opens the API for its owner.
      const { caller } = await verifyApiKeyAndCount(db, KEY, { key: "api:t", max: 10, windowSeconds: 60 }, { key: "bad:t", max: 10, windowSeconds: 60 });
      expect(caller).toMatchObject({ userId: "u1", keyId: "k1" });
      // Numbers carry on where they were; the old tasks take new features.
      const tasks = taskService(db);
      expect(await tasks.addTask("u1", { title: "After the upgrade", due_string: "tomorrow 6pm" })).toMatchObject({ id: 8, due_time: "18:00" });
      expect(await tasks.updateTask("u2", 3, { recurrence: "every monday" })).toMatchObject({ id: 3, recurrence: { text: "Every Monday" } });
      expect((await tasks.restoreTask("u1", 7)).title).toBe("Old idea");
      expect((await tasks.listTasks("u1", { query: "dentsit" })).map((t) => t.id)).toEqual([4]);
      // The conversation resumes where it stopped.
      expect((await conversationService(db).listMessages("u1", "6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11")).map((m) => m.content)).toEqual(["add milk", "Added #1."]);
    });
  },
  undefined,
  { migrationsFolder: lastRelease },
);
