import { z } from "zod";
import { colorSchema, DEFAULT_COLOR } from "@/lib/colors";
import { LIST_NAME_MAX } from "./limits";

export { LIST_NAME_MAX };
export const INBOX_NAME = "Inbox";
/** Appended to a restored list's name when a live list already has it. */
export const RESTORED_SUFFIX = " (restored)";

/** A list id; anything else (a malformed uuid included) is simply not found. */
export const listIdSchema = z.uuid({ error: "List id must be a UUID" });

export const listNameSchema = z
  .string({ error: "Name must be text" })
  .trim()
  .min(1, "Name can't be empty")
  .max(LIST_NAME_MAX, `Name must be ${LIST_NAME_MAX} characters or fewer`);

/** Manual order: put the list right after one list, or right before one. */
const placement = {
  after_id: listIdSchema.nullable().optional().describe("Put the list right after this list; null puts it first"),
  before_id: listIdSchema.nullable().optional().describe("Put the list right before this list; null puts it last"),
};
const onePlacement = (value: { after_id?: unknown; before_id?: unknown }, ctx: z.RefinementCtx) => {
  if (value.after_id !== undefined && value.before_id !== undefined) {
    ctx.addIssue({ code: "custom", path: ["before_id"], message: "Give either after_id or before_id, not both" });
  }
};

export const newListSchema = z.strictObject({ name: listNameSchema, color: colorSchema.default(DEFAULT_COLOR) });

export const listPatchSchema = z
  .strictObject({
    name: listNameSchema.optional(),
    color: colorSchema.optional(),
    archived: z.boolean({ error: "archived must be true or false" }).optional(),
    ...placement,
  })
  .superRefine(onePlacement)
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: "Nothing to change: give a name, color, archived, after_id or before_id",
  });

/** active: lists in use (the default); archived: put away; all: both; trash: deleted, restorable. */
export const listStatusSchema = z.enum(["active", "archived", "all", "trash"]);
export const listQuerySchema = z.strictObject({
  status: listStatusSchema.default("active").describe("active (default), archived, all (active and archived) or trash"),
});

export type NewList = z.input<typeof newListSchema>;
export type ListPatch = z.input<typeof listPatchSchema>;
export type ListQuery = z.input<typeof listQuerySchema>;

/** A list as every surface shows it. */
export const listSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  color: colorSchema,
  position: z.string().describe("Opaque order key; lists sort by it bytewise"),
  inbox: z.boolean().describe("The user's Inbox: the default list, never renamed, archived or deleted"),
  archived: z.boolean(),
  pending_count: z.number().int().describe("Tasks not completed (for a list in the trash: those that come back with it)"),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  deleted_at: z.iso.datetime().nullable().describe("When it went to the trash with its tasks; null outside the trash"),
});

export type List = z.infer<typeof listSchema>;
