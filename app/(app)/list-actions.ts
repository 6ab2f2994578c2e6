"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { labelService } from "@/lib/labels/service";
import { listIdSchema, listPatchSchema, newListSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";
import { taskService } from "@/lib/tasks/service";

const byId = z.strictObject({ id: listIdSchema });

/** The navigation's lists (active and archived, with pending counts) and the labels. */
export const navListsAction = authedAction("navLists", z.strictObject({}), async ({ userId, db }) => {
  const [lists, labels] = await Promise.all([listService(db).listLists(userId, { status: "all" }), labelService(db).listLabels(userId)]);
  return { lists, labels };
});

/**
 * All the navigation shows, in one call after a task changes (the browser runs server actions one
 * at a time, so one call keeps the queue short): the due counts, the lists, the labels.
 */
export const navigationAction = authedAction("navigation", z.strictObject({}), async ({ userId, db }) => {
  const [counts, lists, labels] = await Promise.all([
    taskService(db).dueCounts(userId),
    listService(db).listLists(userId, { status: "all" }),
    labelService(db).listLabels(userId),
  ]);
  return { counts, lists, labels };
});

export const createListAction = authedAction("createList", newListSchema, ({ userId, db }, input) => listService(db).createList(userId, input));

export const updateListAction = authedAction("updateList", z.strictObject({ id: listIdSchema, patch: listPatchSchema }), ({ userId, db }, { id, patch }) =>
  listService(db).updateList(userId, id, patch),
);

export const deleteListAction = authedAction("deleteList", byId, ({ userId, db }, { id }) => listService(db).deleteList(userId, id));

export const restoreListAction = authedAction("restoreList", byId, ({ userId, db }, { id }) => listService(db).restoreList(userId, id));
