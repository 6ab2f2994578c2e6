import { z } from "zod";
import { isValidTimeZone } from "@/lib/quick-add";

export const TIMEZONE_ERROR = "Unknown timezone: use an IANA name such as Europe/Paris";

/** An IANA time zone such as "Europe/Paris"; unknown names and bare offsets are refused. */
export const timezoneSchema = z.string({ error: TIMEZONE_ERROR }).max(64, TIMEZONE_ERROR).refine(isValidTimeZone, TIMEZONE_ERROR);

/** A BCP 47 language tag such as "en-GB": decides how numeric dates like 3/12 read. */
export const localeSchema = z
  .string({ error: "Locale must be a language tag such as en-GB" })
  .max(35, "Locale must be a language tag such as en-GB")
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, "Locale must be a language tag such as en-GB");

/** The signed-in user as GET /api/v1/me answers. */
export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  timezone: z.string().describe("IANA zone; UTC until the browser or the user sets one"),
  locale: z.string().describe("BCP 47 tag; en-US until set"),
  morning_summary_time: z.string().nullable().describe("HH:MM local time of the daily summary notification; null: off"),
});
export type Me = z.infer<typeof meSchema>;

export const mePatchSchema = z
  .strictObject({
    timezone: timezoneSchema.optional(),
    locale: localeSchema.optional(),
    name: z.string().trim().min(1, "Name can't be empty").max(100, "Name must be 100 characters or fewer").optional(),
    morning_summary_time: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "morning_summary_time must be a 24-hour time as HH:MM, like 07:30")
      .nullable()
      .optional()
      .describe("When the daily summary of today's and overdue tasks comes; null turns it off"),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change: give a timezone, locale, name or morning_summary_time" });

export const DEFAULT_TIMEZONE = "UTC";
export const DEFAULT_LOCALE = "en-US";
