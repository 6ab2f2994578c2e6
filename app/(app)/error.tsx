"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

export default function SignedInError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center rounded-xl border border-line bg-surface px-6 py-14 text-center">
      <AlertTriangle className="mb-3 size-8 text-danger" aria-hidden />
      <h1 className="text-lg font-semibold">We couldn't load this page</h1>
      <p className="mt-1 max-w-sm text-sm text-muted">
        Docket may be unable to reach its database right now. Your tasks are safe; try again in a moment.
      </p>
      <Button className="mt-5" variant="primary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
