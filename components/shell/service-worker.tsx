"use client";

import { useEffect } from "react";

/** Registers the service worker (offline page, installable app, notifications) in production. */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Without it Docket works the same online; only the offline page and install are missing.
    });
  }, []);
  return null;
}
