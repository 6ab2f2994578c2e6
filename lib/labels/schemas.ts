import { z } from "zod";
import { colorSchema, DEFAULT_COLOR } from "@/lib/colors";
import { LABEL_NAME_MAX } from "./limits";

export { LABEL_NAME_MAX };
/** Labels a task can carry. */
export const TASK_LABELS_MAX = 20;
const LABEL_NAME_ERROR = `A label is 1–${LABEL_NAME_MAX} letters, digits, - or _ (no spaces), like “errands”`;

/** Label names in the order the wire shows them: alphabetical ignoring case. */
export const byName = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b);

export const labelIdSchema = z.uuid({ error: "Label id must be a UUID" });

/** Letters and digits of any script, - and _; matched ignoring case, stored as first written. */
export const labelNameSchema = z
  .string({ error: "Label must be text" })
  .trim()
  .regex(new RegExp(`^[\\p{L}\\p{N}_-]{1,${LABEL_NAME_MAX}}$`, "u"), LABEL_NAME_ERROR);

/** A task's labels in a write: names, the whole set (duplicates ignoring case collapse to the first). */
export const taskLabelsSchema = z
  .array(labelNameSchema, { error: "labels must be a list of names, like [\"home\", \"errands\"]" })
  .max(TASK_LABELS_MAX, `A task can have at most ${TASK_LABELS_MAX} labels`)
  .transform((names) => names.filter((name, i) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i));

export const newLabelSchema = z.strictObject({ name: labelNameSchema, color: colorSchema.default(DEFAULT_COLOR) });

export const labelPatchSchema = z
  .strictObject({ name: labelNameSchema.optional(), color: colorSchema.optional() })
  .refine((p) => p.name !== undefined || p.color !== undefined, { message: "Nothing to change: give a name or a color" });

export type NewLabel = z.input<typeof newLabelSchema>;
export type LabelPatch = z.input<typeof labelPatchSchema>;

/** A label as every surface shows it. */
export const labelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  color: colorSchema,
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

export type Label = z.infer<typeof labelSchema>;
