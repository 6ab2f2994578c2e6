import { z } from "zod";

/** An IANA time zone such as "Europe/Paris"; unknown names are refused. */
export const timezoneSchema = z
  .string({ error: "Timezone must be text" })
  .max(64, "Unknown timezone: use an IANA name such as Europe/Paris")
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown timezone: use an IANA name such as Europe/Paris");
