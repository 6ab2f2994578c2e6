import { and, asc, desc, eq, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { brokenUniqueConstraint } from "@/db/errors";
import { lists, tasks, type ListRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { keyAtEnd, keyFor, type Slot } from "@/lib/ordering";
import {
  INBOX_NAME,
  LIST_NAME_MAX,
  RESTORED_SUFFIX,
  listIdSchema,
  listPatchSchema,
  listQuerySchema,
  newListSchema,
  type List,
  type ListPatch,
  type ListQuery,
  type NewList,
} from "./schemas";

export const listNotFound = () => new AppError("not_found", "List not found");

const nameTaken = (name: string) => {
  const message = `You already have a list called “${name}”`;
  return new AppError("conflict", message, { name: message });
};

const inboxStays = (what: "renamed" | "archived" | "deleted", field: string) => {
  const message = `The Inbox can't be ${what}: it is where new tasks go`;
  return new AppError("invalid_input", message, { [field]: message });
};

/**
 * Pending tasks of a list; for a list in the trash, those that come back with it. (Drizzle writes
 * columns unqualified in a one-table select, so the subqueries name their tables themselves.)
 */
const pendingCount = sql<number>`(case when "lists"."deleted_at" is null
  then (select count(*) from ${tasks} t where t.list_id = "lists"."id" and t.deleted_at is null and not t.completed)
  else (select count(*) from ${tasks} t where t.list_id = "lists"."id" and t.trashed_with_list and not t.completed) end)::int`.mapWith(Number);

const columns = {
  id: lists.id,
  name: lists.name,
  color: lists.color,
  position: lists.position,
  inbox: lists.inbox,
  archived: lists.archived,
  pendingCount,
  createdAt: lists.createdAt,
  updatedAt: lists.updatedAt,
  deletedAt: lists.deletedAt,
};
type ListRecord = Omit<ListRow, "userId"> & { pendingCount: number };

const toList = (row: ListRecord): List => ({
  id: row.id,
  name: row.name,
  color: row.color as List["color"],
  position: row.position,
  inbox: row.inbox,
  archived: row.archived,
  pending_count: row.pendingCount,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
  deleted_at: row.deletedAt ? row.deletedAt.toISOString() : null,
});

/** Serializes changes to one user's list order for the rest of the transaction (see lib/ordering.ts). */
const lockListOrder = (tx: Db, userId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('docket.list-order'), hashtext(${userId}))`);

/** A name for a restored list: its own when free, else with " (restored)" (then " (restored 2)", …). */
function freeName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : n === 2 ? RESTORED_SUFFIX : `${RESTORED_SUFFIX.slice(0, -1)} ${n - 1})`;
    const candidate = `${[...name].slice(0, LIST_NAME_MAX - suffix.length).join("").trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The user's Inbox id, made on first use: one INSERT … ON CONFLICT DO NOTHING, so two requests
 * racing for a new user's Inbox make one (the unique index allows one Inbox per user).
 */
export async function inboxId(db: Db, userId: string): Promise<string> {
  const find = async () => (await db.select({ id: lists.id }).from(lists).where(and(eq(lists.userId, userId), lists.inbox)))[0]?.id;
  const found = await find();
  if (found) return found;
  // First in the list order: a user without an Inbox has no lists yet (creating one makes the Inbox first).
  await db.insert(lists).values({ userId, name: INBOX_NAME, inbox: true, position: "a0" }).onConflictDoNothing();
  const made = await find();
  if (!made) throw new Error("the Inbox could not be created");
  return made;
}

/**
 * Lists: every function takes the user id first and every statement filters by it, so another
 * user's list is not found, like an absent one. A deleted list goes to the trash with its tasks.
 */
export function listService(db: Db) {
  const owned = (userId: string, id: string): SQL => and(eq(lists.userId, userId), eq(lists.id, id))!;
  const live = isNull(lists.deletedAt);

  function id(value: unknown): string {
    const result = listIdSchema.safeParse(value);
    if (!result.success) throw listNotFound();
    return result.data;
  }

  async function one(tx: Db, where: SQL): Promise<List> {
    const [row] = await tx.select(columns).from(lists).where(where).limit(1);
    if (!row) throw listNotFound();
    return toList(row);
  }

  /** The key for a list placed after or before another of the user's lists (null: first or last). */
  async function slotKey(tx: Db, userId: string, listId: string, field: "after_id" | "before_id", anchor: string | null): Promise<string> {
    const others = and(eq(lists.userId, userId), ne(lists.id, listId))!;
    if (anchor === null) return keyFor(tx, lists, lists.position, others, field === "after_id" ? { after: null } : { before: null });
    const [row] = anchor === listId ? [] : await tx.select({ position: lists.position }).from(lists).where(and(owned(userId, anchor), live));
    if (!row) {
      const message = anchor === listId ? "A list can't be placed next to itself" : "No such list to place it next to";
      throw new AppError("invalid_input", message, { [field]: message });
    }
    const slot: Slot = field === "after_id" ? { after: row.position } : { before: row.position };
    return keyFor(tx, lists, lists.position, others, slot);
  }

  /** Runs a write, answering 409 when it would give two live lists the same name. */
  async function naming<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (name !== undefined && brokenUniqueConstraint(error) === "lists_user_name_key") throw nameTaken(name);
      throw error;
    }
  }

  return {
    /** The user's lists in their order (the Inbox is made on first use). */
    async listLists(userId: string, query: ListQuery = {}): Promise<List[]> {
      const { status } = parseInput(listQuerySchema, query);
      if (status !== "trash") await inboxId(db, userId);
      const where = {
        active: and(live, eq(lists.archived, false)),
        archived: and(live, eq(lists.archived, true)),
        all: live,
        trash: isNotNull(lists.deletedAt),
      }[status];
      const order = status === "trash" ? [desc(lists.deletedAt), asc(lists.position)] : [asc(lists.position)];
      const rows = await db.select(columns).from(lists).where(and(eq(lists.userId, userId), where)).orderBy(...order);
      return rows.map(toList);
    },

    async getList(userId: string, listId: unknown): Promise<List> {
      return one(db, and(owned(userId, id(listId)), live)!);
    },

    /** Every list's name by id, the trash included (what tool results call a task's list). */
    async listNamesById(userId: string): Promise<Map<string, string>> {
      const rows = await db.select({ id: lists.id, name: lists.name }).from(lists).where(eq(lists.userId, userId));
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    /** A list of the user's, outside the trash, by name ignoring case; null when there is none. */
    async findListByName(userId: string, name: string): Promise<List | null> {
      await inboxId(db, userId);
      const [row] = await db
        .select(columns)
        .from(lists)
        .where(and(eq(lists.userId, userId), live, sql`lower(${lists.name}) = lower(${name.trim()})`));
      return row ? toList(row) : null;
    },

    /** A new list, last in the order. A name already used (ignoring case) → 409. */
    async createList(userId: string, input: NewList): Promise<List> {
      const data = parseInput(newListSchema, input);
      await inboxId(db, userId); // "Inbox" is taken before anyone can make a list of that name
      return naming(data.name, () =>
        db.transaction(async (t) => {
          const tx = t as unknown as Db;
          await lockListOrder(tx, userId);
          const position = await keyAtEnd(tx, lists, lists.position, eq(lists.userId, userId));
          const [row] = await tx.insert(lists).values({ userId, name: data.name, color: data.color, position }).returning({ id: lists.id });
          return one(tx, eq(lists.id, row!.id));
        }),
      );
    },

    /** Renames, recolours, archives or moves a list. The Inbox keeps its name and is never archived. */
    async updateList(userId: string, listId: unknown, patch: ListPatch): Promise<List> {
      const lid = id(listId);
      const data = parseInput(listPatchSchema, patch);
      return naming(data.name, () =>
        db.transaction(async (t) => {
          const tx = t as unknown as Db;
          const [current] = await tx.select({ inbox: lists.inbox, name: lists.name }).from(lists).where(and(owned(userId, lid), live)).for("no key update");
          if (!current) throw listNotFound();
          if (current.inbox && data.name !== undefined && data.name !== current.name) throw inboxStays("renamed", "name");
          if (current.inbox && data.archived) throw inboxStays("archived", "archived");
          let position: string | undefined;
          if (data.after_id !== undefined || data.before_id !== undefined) {
            await lockListOrder(tx, userId);
            position = data.after_id !== undefined ? await slotKey(tx, userId, lid, "after_id", data.after_id) : await slotKey(tx, userId, lid, "before_id", data.before_id!);
          }
          await tx
            .update(lists)
            .set({
              ...(data.name !== undefined && { name: data.name }),
              ...(data.color !== undefined && { color: data.color }),
              ...(data.archived !== undefined && { archived: data.archived }),
              ...(position !== undefined && { position }),
              updatedAt: sql`now()`,
            })
            .where(owned(userId, lid));
          return one(tx, owned(userId, lid));
        }),
      );
    },

    /** Moves the list and its tasks to the trash together (not the Inbox); answers the list. */
    async deleteList(userId: string, listId: unknown): Promise<List> {
      const lid = id(listId);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const [current] = await tx.select({ inbox: lists.inbox }).from(lists).where(and(owned(userId, lid), live)).for("no key update");
        if (!current) throw listNotFound();
        if (current.inbox) throw inboxStays("deleted", "id");
        await tx.update(lists).set({ deletedAt: sql`now()`, updatedAt: sql`now()` }).where(owned(userId, lid));
        // The same instant as the list's (one transaction), and marked, so restoring the list finds them.
        await tx
          .update(tasks)
          .set({ deletedAt: sql`now()`, updatedAt: sql`now()`, trashedWithList: true })
          .where(and(eq(tasks.userId, userId), eq(tasks.listId, lid), isNull(tasks.deletedAt)));
        return one(tx, owned(userId, lid));
      });
    },

    /**
     * Brings a list back from the trash with the tasks trashed with it (not those trashed earlier on
     * their own). When a live list has taken its name meanwhile, the name gets " (restored)".
     */
    async restoreList(userId: string, listId: unknown): Promise<List> {
      const lid = id(listId);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const [trashed] = await tx.select({ name: lists.name }).from(lists).where(and(owned(userId, lid), isNotNull(lists.deletedAt))).for("no key update");
        if (!trashed) throw listNotFound();
        const names = await tx.select({ name: lists.name }).from(lists).where(and(eq(lists.userId, userId), live));
        const name = freeName(trashed.name, new Set(names.map((n) => n.name.toLowerCase())));
        await naming(name, () => tx.update(lists).set({ name, deletedAt: null, updatedAt: sql`now()` }).where(owned(userId, lid)));
        await tx
          .update(tasks)
          .set({ deletedAt: null, trashedWithList: false, updatedAt: sql`now()` })
          .where(and(eq(tasks.userId, userId), eq(tasks.listId, lid), eq(tasks.trashedWithList, true)));
        return one(tx, owned(userId, lid));
      });
    },
  };
}

export type ListService = ReturnType<typeof listService>;
