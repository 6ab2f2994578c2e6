"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { labelIdSchema, labelPatchSchema } from "@/lib/labels/schemas";
import { labelService } from "@/lib/labels/service";

export const updateLabelAction = authedAction("updateLabel", z.strictObject({ id: labelIdSchema, patch: labelPatchSchema }), ({ userId, db }, { id, patch }) =>
  labelService(db).updateLabel(userId, id, patch),
);

export const deleteLabelAction = authedAction("deleteLabel", z.strictObject({ id: labelIdSchema }), ({ userId, db }, { id }) =>
  labelService(db).deleteLabel(userId, id),
);
