"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { labelNameSchema } from "@/lib/labels/schemas";
import { listIdSchema } from "@/lib/lists/schemas";
import { todayIn } from "@/lib/quick-add";
import { taskService } from "@/lib/tasks/service";
import { newTaskSchema, taskNumberSchema, taskPatchSchema } from "@/lib/tasks/schemas";
import { TASK_VIEWS, viewQuery } from "@/lib/tasks/views";
import { userService } from "@/lib/users/service";

const byNumber = z.strictObject({ id: taskNumberSchema });

const viewSchema = z.strictObject({ view: z.enum(TASK_VIEWS), list_id: listIdSchema.optional(), label: labelNameSchema.optional() });

/** A view's tasks (/, Today, Upcoming, a list, a label), "today" being the user's date in their profile zone. */
export const listTasksAction = authedAction("listTasks", viewSchema, async ({ userId, db }, { view, ...scope }) => {
  const { timezone } = await userService(db).getMe(userId);
  return taskService(db).listTasks(userId, viewQuery(view, todayIn(timezone, new Date()), scope));
});

/** The navigation's counts: pending tasks due today or overdue, and due in the next 7 days. */
export const dueCountsAction = authedAction("dueCounts", z.strictObject({}), ({ userId, db }) => taskService(db).dueCounts(userId));

export const addTaskAction = authedAction("addTask", newTaskSchema, ({ userId, db }, input) =>
  taskService(db).addTask(userId, input),
);

export const updateTaskAction = authedAction(
  "updateTask",
  z.strictObject({ id: taskNumberSchema, patch: taskPatchSchema }),
  ({ userId, db }, { id, patch }) => taskService(db).updateTask(userId, id, patch),
);

export const deleteTaskAction = authedAction("deleteTask", byNumber, ({ userId, db }, { id }) =>
  taskService(db).deleteTask(userId, id),
);

export const restoreTaskAction = authedAction("restoreTask", byNumber, ({ userId, db }, { id }) =>
  taskService(db).restoreTask(userId, id),
);

export const purgeTaskAction = authedAction("purgeTask", byNumber, ({ userId, db }, { id }) =>
  taskService(db).purgeTask(userId, id),
);

export const emptyTrashAction = authedAction("emptyTrash", z.strictObject({}), ({ userId, db }) =>
  taskService(db).emptyTrash(userId),
);
