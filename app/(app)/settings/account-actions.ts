"use server";

import { z } from "zod";
import { deleteAccount } from "@/lib/account";
import { authedAction } from "@/lib/actions";

export const deleteAccountAction = authedAction("deleteAccount", z.strictObject({ email: z.string().max(320) }), ({ userId, db }, { email }) =>
  deleteAccount(db, userId, email),
);
