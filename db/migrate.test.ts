import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { generateNKeysBetween } from "fractional-indexing";
import { afterAll, expect, it } from "vitest";
import { listService } from "@/lib/lists/service";
import { taskService } from "@/lib/tasks/service";
import { describeWithDatabases } from "@/test/databases";
import { migrateDatabase } from "./migrate";

// The previous release: db/migrations up to 0004_time, copied with a journal that stops there.
const PREVIOUS = "0004_time";
const previousRelease = mkdtempSync(path.join(tmpdir(), "docket-migrations-"));
cpSync(path.join(import.meta.dirname, "migrations"), previousRelease, { recursive: true });
const journalPath = path.join(previousRelease, "meta", "_journal.json");
const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
const upTo = journal.entries.findIndex((e) => e.tag === PREVIOUS);
writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo + 1) }));
afterAll(() => rmSync(previousRelease, { recursive: true, force: true }));

const TABLES = ["user", "session", "account", "apikey", "task_counters", "tasks", "conversations", "messages"];

describeWithDatabases(
  `upgrading a database from ${PREVIOUS} to lists (0005)`,
  (getDb) => {
    const rows = async <T>(query: ReturnType<typeof sql>) => ((await getDb().db.execute(query)) as unknown as { rows: T[] }).rows;
    const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await rows<{ n: string }>(sql.raw(`select count(*) as n from "${t}"`)))[0]!.n)])));

    it("keeps every row and puts each user's tasks into their new Inbox, in number order", async () => {
      const { db, handle } = getDb();
      await expect(rows(sql`select list_id from tasks`)).rejects.toThrow(); // really the old schema
      // Data as the previous release wrote it: three users (one with 70 tasks, past the keys "a0"…"az"),
      // sessions, a password account, an API key, numbered tasks with gaps, dates, the trash, a conversation.
      await db.execute(sql`insert into "user" (id, name, email, timezone) values ('u1', 'One', 'one@example.com', 'Europe/Paris'), ('u2', 'Two', 'two@example.com', null), ('u3', 'Three', 'three@example.com', null)`);
      await db.execute(sql`insert into session (id, expires_at, token, user_id) values ('s1', now() + interval '7 days', 'tok1', 'u1'), ('s2', now() + interval '7 days', 'tok2', 'u2')`);
      await db.execute(sql`insert into account (id, account_id, provider_id, user_id, password) values ('a1', 'u1', 'credential', 'u1', 'hash')`);
      await db.execute(sql`insert into apikey (id, key, reference_id, name) values ('k1', 'hashed-key', 'u2', 'script')`);
      await db.execute(sql`insert into tasks (user_id, number, title, description, completed, completed_at, due_date, due_time, due_at, priority)
        select 'u1', n, 'Task ' || n, '', n % 3 = 0, case when n % 3 = 0 then now() end, case when n % 5 = 0 then date '2026-12-01' + n end,
          case when n % 10 = 0 then '18:00' end, case when n % 10 = 0 then timestamptz '2026-12-01 17:00Z' + n * interval '1 day' end, 1 + n % 4
        from generate_series(70, 1, -1) as n`);
      await db.execute(sql`insert into tasks (user_id, number, title, description, deleted_at) values
        ('u2', 9, 'Dentist appointment', 'bring the card', null), ('u2', 2, 'Buy milk', '', null), ('u2', 5, 'Old idea', '', now())`);
      await db.execute(sql`insert into task_counters (user_id, last_number) values ('u1', 70), ('u2', 9)`);
      await db.execute(sql`insert into conversations (id, user_id, title) values ('6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u2', 'hello')`);
      await db.execute(sql`insert into messages (id, conversation_id, user_id, role, content, parts) values
        ('m1', '6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u2', 'user', 'hello', '[]'), ('m2', '6d1f6a53-8e8f-4a42-9a0c-7d3c1c0e8a11', 'u2', 'assistant', 'Hi!', '[{"type":"text","text":"Hi!"}]')`);
      const before = await counts();
      const tasksBefore = await rows<Record<string, unknown>>(sql`select user_id, number, title, completed, completed_at, due_date::text, due_time, due_at, priority, deleted_at from tasks order by user_id, number`);

      await migrateDatabase(handle);

      expect(await counts()).toEqual(before);
      expect(await rows(sql`select user_id, number, title, completed, completed_at, due_date::text, due_time, due_at, priority, deleted_at from tasks order by user_id, number`)).toEqual(tasksBefore);
      const inboxes = await rows<{ user_id: string; id: string; name: string; position: string }>(sql`select user_id, id, name, position from lists where inbox order by user_id`);
      expect(inboxes.map((l) => [l.user_id, l.name, l.position])).toEqual([["u1", "Inbox", "a0"], ["u2", "Inbox", "a0"], ["u3", "Inbox", "a0"]]);
      expect(await rows(sql`select 1 from lists where not inbox`)).toEqual([]);
      for (const [user, count] of [["u1", 70], ["u2", 3]] as const) {
        const inbox = inboxes.find((l) => l.user_id === user)!.id;
        const placed = await rows<{ number: number; list_id: string; position: string; trashed_with_list: boolean }>(
          sql`select number, list_id, position, trashed_with_list from tasks where user_id = ${user} order by position`,
        );
        expect(placed.map((t) => t.list_id)).toEqual(Array(count).fill(inbox));
        expect(placed.map((t) => Number(t.number))).toEqual([...placed.map((t) => Number(t.number))].sort((a, b) => a - b));
        // Exactly the keys fractional-indexing makes one after another, so later moves can go between them.
        expect(placed.map((t) => t.position)).toEqual(generateNKeysBetween(null, null, count));
        expect(placed.every((t) => t.trashed_with_list === false)).toBe(true);
      }

      // The services work on the upgraded data: a new task goes last, search and the trash behave.
      const tasks = taskService(db);
      const added = await tasks.addTask("u2", { title: "After the upgrade" });
      expect(added).toMatchObject({ id: 10, list_id: inboxes[1]!.id });
      expect((await tasks.listTasks("u2", { sort: "position" })).map((t) => t.id)).toEqual([2, 9, 10]);
      expect((await tasks.listTasks("u2", { query: "dentsit" })).map((t) => t.id)).toEqual([9]);
      expect((await tasks.restoreTask("u2", 5)).list_id).toBe(inboxes[1]!.id);
      await tasks.updateTask("u1", 70, { after_id: null });
      expect((await tasks.listTasks("u1", { sort: "position", limit: 3 })).map((t) => t.id)).toEqual([70, 1, 2]);
      expect((await listService(db).listLists("u3")).map((l) => [l.name, l.pending_count])).toEqual([["Inbox", 0]]);
    });
  },
  undefined,
  { migrationsFolder: previousRelease },
);
