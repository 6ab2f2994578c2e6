import { fieldErrors } from "@/lib/errors";
import { newTaskSchema, taskPatchSchema, type TaskPatch } from "@/lib/tasks/schemas";
import type { PatchCheck } from "./task-edit-form";
import type { TaskDraft } from "./use-tasks";

// The browser's checks of a new task and of an edit, with the server's own schemas. Loaded on
// demand (with the quick-add parser, and with the edit dialog), so zod stays out of the first load.

/** The new task's field errors, or null when the server will take it. */
export function checkDraft(draft: TaskDraft): Record<string, string> | null {
  const valid = newTaskSchema.safeParse(draft);
  return valid.success ? null : fieldErrors(valid.error);
}

export function validatePatch(patch: TaskPatch): PatchCheck {
  const parsed = taskPatchSchema.safeParse(patch);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
