"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { updateTimezoneAction } from "@/app/(app)/profile-actions";
import { Button } from "@/components/ui/button";
import { fieldClass, labelClass } from "@/components/ui/field";

/**
 * The profile's time zone: what "today" means in every view and in quick add. A searchable list of
 * the zones the server knows; saving moves timed tasks so they keep their wall-clock time.
 */
export function TimeZoneSettings({ current, zones }: { current: string; zones: string[] }) {
  const id = useId();
  const router = useRouter();
  const [zone, setZone] = useState(current);
  const [search, setSearch] = useState("");
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null), []);

  const shown = useMemo(() => {
    const words = search.trim().toLowerCase().replace(/\s+/g, "_");
    const matching = words ? zones.filter((z) => z.toLowerCase().includes(words)) : zones;
    // The chosen zone stays in the list, so the select always shows what will be saved.
    return matching.includes(zone) ? matching : [zone, ...matching];
  }, [search, zones, zone]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await updateTimezoneAction({ timezone: zone }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(result?.error.fields?.timezone ?? result?.error.message ?? "Couldn't save the time zone. Try again.");
    toast.success(`Time zone set to ${result.data.timezone}`);
    router.refresh();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Time zone
        </h2>
        <p className="text-sm text-muted">
          Today, Upcoming and dates you type (“tomorrow 6pm”) follow this zone. Timed tasks keep their clock time when it changes.
        </p>
      </div>
      <form onSubmit={save} noValidate className="space-y-3 rounded-xl border border-line bg-surface p-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-search`} className={labelClass}>
              Search time zones
            </label>
            <input
              id={`${id}-search`}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder="Paris, New York, Tokyo…"
              autoComplete="off"
              className={fieldClass}
            />
          </div>
          <div>
            <label htmlFor={`${id}-zone`} className={labelClass}>
              Time zone
            </label>
            <select id={`${id}-zone`} value={zone} onChange={(e) => setZone(e.target.value)} className={fieldClass}>
              {shown.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <Button type="submit" variant="primary" disabled={busy || zone === current} className="max-sm:h-11">
            Save time zone
          </Button>
          {browserZone && browserZone !== zone && (
            // A long zone name wraps instead of widening the page.
            <Button onClick={() => setZone(browserZone)} className="h-auto min-h-9 whitespace-normal py-2 text-left max-sm:min-h-11">
              Use this device’s zone ({browserZone.replaceAll("_", " ")})
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
