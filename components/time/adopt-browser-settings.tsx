"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { adoptBrowserSettingsAction } from "@/app/(app)/profile-actions";

/** The browser's zone and language, as sign-up sends them: every "today" follows the profile zone. */
export function browserSettings(): { timezone?: string; locale?: string } {
  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = navigator.language;
  return { ...(timezone && { timezone }), ...(locale && { locale }) };
}

/**
 * Rendered while the profile has no zone or locale yet (an account from before they existed, or a
 * sign-up whose browser sent none): adopts the browser's, then renders the page again in that zone.
 */
export function AdoptBrowserSettings() {
  const router = useRouter();
  useEffect(() => {
    void adoptBrowserSettingsAction(browserSettings())
      .then((result) => {
        if (result.ok) router.refresh();
      })
      .catch(() => {});
  }, [router]);
  return null;
}
