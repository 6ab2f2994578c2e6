"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { userService } from "@/lib/users/service";

// The profile's zone and locale decide what "today" means everywhere (DESIGN §8). The service
// validates them (an unknown zone is refused with a message saying so); these only bound the input.
const text = z.string().max(100);

/** After sign-in: the browser's zone and locale, kept only where the profile has none yet. */
export const adoptBrowserSettingsAction = authedAction(
  "adoptBrowserSettings",
  z.strictObject({ timezone: text.optional(), locale: text.optional() }),
  ({ userId, db }, settings) => userService(db).adoptBrowserSettings(userId, settings),
);

/** Settings: a new zone; timed tasks keep their wall-clock time in it. */
export const updateTimezoneAction = authedAction("updateTimezone", z.strictObject({ timezone: text }), ({ userId, db }, { timezone }) =>
  userService(db).updateMe(userId, { timezone }),
);
