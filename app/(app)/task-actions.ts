"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { taskService } from "@/lib/tasks/service";
import { newTaskSchema, taskNumberSchema, taskPatchSchema, taskStatusSchema } from "@/lib/tasks/schemas";

const byNumber = z.strictObject({ id: taskNumberSchema });

export const listTasksAction = authedAction("listTasks", z.strictObject({ status: taskStatusSchema }), ({ userId, db }, { status }) =>
  taskService(db).listTasks(userId, { status }),
);

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
