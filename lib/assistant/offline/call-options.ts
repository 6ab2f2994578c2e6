/** The time zone and locale a call asks for (`providerOptions.docket`), read once per model call. */

/** The zone, UTC when absent or unknown. */
export function timezoneOf(providerOptions: unknown): string {
  const zone = (providerOptions as { docket?: { timezone?: unknown } } | undefined)?.docket?.timezone;
  if (typeof zone !== "string" || !zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

/** The locale numeric dates are read in (3/12), or undefined (en-US) when absent or unknown. */
export function localeOf(providerOptions: unknown): string | undefined {
  const locale = (providerOptions as { docket?: { locale?: unknown } } | undefined)?.docket?.locale;
  if (typeof locale !== "string" || !locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}
