"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { labelService } from "@/lib/labels/service";
import { taskLabelsSchema } from "@/lib/labels/schemas";
import { listIdSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";
import { bulkTaskService, BULK_MAX, taskSelectionSchema, taskStateSchema } from "@/lib/tasks/bulk";

// Changes to a selection of tasks (lib/tasks/bulk.ts): each one transaction, answering the tasks
// and how they were, so one Undo (revertTasksAction) puts back exactly that change.

export const completeTasksAction = authedAction(
  "completeTasks",
  z.strictObject({ ids: taskSelectionSchema, completed: z.boolean().default(true) }),
  ({ userId, db }, { ids, completed }) => bulkTaskService(db).completeTasks(userId, ids, completed),
);

export const moveTasksAction = authedAction("moveTasks", z.strictObject({ ids: taskSelectionSchema, list_id: listIdSchema }), ({ userId, db }, { ids, list_id }) =>
  bulkTaskService(db).moveTasks(userId, ids, list_id),
);

export const labelTasksAction = authedAction(
  "labelTasks",
  z.strictObject({ ids: taskSelectionSchema, add: taskLabelsSchema.optional(), remove: taskLabelsSchema.optional() }),
  ({ userId, db }, { ids, add, remove }) => bulkTaskService(db).labelTasks(userId, ids, { add, remove }),
);

export const deleteTasksAction = authedAction("deleteTasks", z.strictObject({ ids: taskSelectionSchema }), ({ userId, db }, { ids }) =>
  bulkTaskService(db).deleteTasks(userId, ids),
);

export const revertTasksAction = authedAction(
  "revertTasks",
  z.strictObject({ previous: z.array(taskStateSchema).min(1).max(BULK_MAX) }),
  ({ userId, db }, { previous }) => bulkTaskService(db).revertTasks(userId, previous),
);

/** What a selection can be moved to or labelled with: the lists in use and every label. */
export const taskChoicesAction = authedAction("taskChoices", z.strictObject({}), async ({ userId, db }) => {
  const [lists, labels] = await Promise.all([listService(db).listLists(userId), labelService(db).listLabels(userId)]);
  return {
    lists: lists.map(({ id, name, color, inbox }) => ({ id, name, color, inbox })),
    labels: labels.map(({ id, name, color }) => ({ id, name, color })),
  };
});
