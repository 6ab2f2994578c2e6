import { and, asc, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { brokenUniqueConstraint } from "@/db/errors";
import { labels, taskLabels, type LabelRow } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { byName, labelIdSchema, labelPatchSchema, newLabelSchema, type Label, type LabelPatch, type NewLabel } from "./schemas";

export const labelNotFound = () => new AppError("not_found", "Label not found");

const nameTaken = (name: string) => {
  const message = `You already have a label called “${name}”`;
  return new AppError("conflict", message, { name: message });
};

const toLabel = (row: LabelRow): Label => ({
  id: row.id,
  name: row.name,
  color: row.color as Label["color"],
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

/**
 * Gives a task exactly these labels (names matched ignoring case; a name no label has yet makes
 * one, as quick add's @label does). Runs inside the caller's transaction; answers the names as
 * stored, sorted.
 */
export async function setTaskLabels(tx: Db, userId: string, taskId: string, names: string[]): Promise<string[]> {
  if (names.length === 0) {
    await tx.delete(taskLabels).where(and(eq(taskLabels.userId, userId), eq(taskLabels.taskId, taskId)));
    return [];
  }
  await tx
    .insert(labels)
    .values(names.map((name) => ({ userId, name })))
    .onConflictDoNothing();
  const lower = names.map((n) => n.toLowerCase());
  const found = await tx
    .select({ id: labels.id, name: labels.name })
    .from(labels)
    .where(and(eq(labels.userId, userId), inArray(sql`lower(${labels.name})`, lower)));
  const ids = found.map((l) => l.id);
  await tx.delete(taskLabels).where(and(eq(taskLabels.userId, userId), eq(taskLabels.taskId, taskId), notInArray(taskLabels.labelId, ids)));
  await tx
    .insert(taskLabels)
    .values(ids.map((labelId) => ({ taskId, labelId, userId })))
    .onConflictDoNothing();
  return found.map((l) => l.name).sort(byName);
}

/**
 * Labels: every function takes the user id first and filters by it. Renaming a label renames it
 * on every task (tasks point at the label); deleting one takes it off its tasks, not the tasks.
 */
export function labelService(db: Db) {
  const owned = (userId: string, id: string): SQL => and(eq(labels.userId, userId), eq(labels.id, id))!;

  function id(value: unknown): string {
    const result = labelIdSchema.safeParse(value);
    if (!result.success) throw labelNotFound();
    return result.data;
  }

  async function naming<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (name !== undefined && brokenUniqueConstraint(error) === "labels_user_name_key") throw nameTaken(name);
      throw error;
    }
  }

  return {
    async listLabels(userId: string): Promise<Label[]> {
      const rows = await db.select().from(labels).where(eq(labels.userId, userId)).orderBy(asc(sql`lower(${labels.name})`), asc(labels.name));
      return rows.map(toLabel);
    },

    async getLabel(userId: string, labelId: unknown): Promise<Label> {
      const [row] = await db.select().from(labels).where(owned(userId, id(labelId)));
      if (!row) throw labelNotFound();
      return toLabel(row);
    },

    /** A label by name, ignoring case; null when the user has none of that name. */
    async findLabelByName(userId: string, name: string): Promise<Label | null> {
      const [row] = await db.select().from(labels).where(and(eq(labels.userId, userId), sql`lower(${labels.name}) = lower(${name.trim()})`));
      return row ? toLabel(row) : null;
    },

    /** A new label. A name already used (ignoring case) → 409. */
    async createLabel(userId: string, input: NewLabel): Promise<Label> {
      const data = parseInput(newLabelSchema, input);
      const [row] = await naming(data.name, () => db.insert(labels).values({ userId, name: data.name, color: data.color }).returning());
      return toLabel(row!);
    },

    /** Renames (everywhere it is used) or recolours a label. */
    async updateLabel(userId: string, labelId: unknown, patch: LabelPatch): Promise<Label> {
      const lid = id(labelId);
      const data = parseInput(labelPatchSchema, patch);
      const [row] = await naming(data.name, () =>
        db
          .update(labels)
          .set({ ...(data.name !== undefined && { name: data.name }), ...(data.color !== undefined && { color: data.color }), updatedAt: sql`now()` })
          .where(owned(userId, lid))
          .returning(),
      );
      if (!row) throw labelNotFound();
      return toLabel(row);
    },

    /** Deletes a label: its tasks lose it (task_labels cascade) and stay as they are otherwise. */
    async deleteLabel(userId: string, labelId: unknown): Promise<void> {
      const rows = await db.delete(labels).where(owned(userId, id(labelId))).returning({ id: labels.id });
      if (rows.length === 0) throw labelNotFound();
    },
  };
}

export type LabelService = ReturnType<typeof labelService>;
