import { SearchX } from "lucide-react";
import Link from "next/link";

export default function SignedInNotFound() {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-line px-6 py-14 text-center">
      <SearchX className="mb-3 size-8 text-muted" aria-hidden />
      <h1 className="text-lg font-semibold">Nothing here</h1>
      <p className="mt-1 max-w-sm text-sm text-muted">
        This list or label doesn't exist, or it was deleted. A deleted list waits in the{" "}
        <Link href="/trash" className="text-accent underline">
          Trash
        </Link>{" "}
        until you restore it.
      </p>
    </div>
  );
}
