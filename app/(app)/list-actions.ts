"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { labelService } from "@/lib/labels/service";
import { listIdSchema, listPatchSchema, newListSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";

const byId = z.strictObject({ id: listIdSchema });

/** The navigation's lists (active and archived, with pending counts) and the labels. */
export const navListsAction = authedAction("navLists", z.strictObject({}), async ({ userId, db }) => {
  const [lists, labels] = await Promise.all([listService(db).listLists(userId, { status: "all" }), labelService(db).listLabels(userId)]);
  return { lists, labels };
});

export const createListAction = authedAction("createList", newListSchema, ({ userId, db }, input) => listService(db).createList(userId, input));

export const updateListAction = authedAction("updateList", z.strictObject({ id: listIdSchema, patch: listPatchSchema }), ({ userId, db }, { id, patch }) =>
  listService(db).updateList(userId, id, patch),
);

export const deleteListAction = authedAction("deleteList", byId, ({ userId, db }, { id }) => listService(db).deleteList(userId, id));

export const restoreListAction = authedAction("restoreList", byId, ({ userId, db }, { id }) => listService(db).restoreList(userId, id));
