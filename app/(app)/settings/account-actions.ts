"use server";

import { z } from "zod";
import { assertTypedEmail, deleteAccount } from "@/lib/auth/account";
import { confirmCurrentPassword } from "@/lib/auth/session";
import { authedAction } from "@/lib/http/action";

const deleteAccountInput = z.strictObject({ email: z.string().max(320), password: z.string().max(128) });

export const deleteAccountAction = authedAction("deleteAccount", deleteAccountInput, async ({ userId, email, db, address }, input) => {
  assertTypedEmail(email, input.email);
  await confirmCurrentPassword({ id: userId, email }, input.password, address);
  await deleteAccount(db, userId);
});
