"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { restoreListAction } from "@/app/(app)/list-actions";
import { ColorDot } from "@/components/lists/color-dot";
import { useLists } from "@/components/lists/lists-context";
import { Button } from "@/components/ui/button";
import type { List } from "@/lib/lists/schemas";

const failed = "Couldn't reach Docket. Check your connection and try again.";

/** Deleted lists: restoring one brings back the tasks deleted with it. */
export function TrashedLists({ initialLists }: { initialLists: List[] }) {
  const [lists, setLists] = useState(initialLists);
  const nav = useLists();
  const router = useRouter();

  async function restore(list: List) {
    setLists((all) => all.filter((l) => l.id !== list.id));
    const result = await restoreListAction({ id: list.id }).catch(() => null);
    if (!result?.ok) {
      if (result?.error.code !== "not_found") setLists((all) => [...all, list]);
      return toast.error(`Couldn't restore “${list.name}”. ${result?.error.message ?? failed}`);
    }
    nav.setLists((all) => [...all.filter((l) => l.id !== list.id), result.data]);
    nav.reload();
    router.refresh(); // its tasks leave the trash with it
    const renamed = result.data.name !== list.name ? ` as “${result.data.name}” (the name was taken)` : "";
    toast.success(`Restored “${list.name}”${renamed}`, { description: "Its tasks are back in it." });
  }

  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="trashed-lists-heading" className="mb-8 space-y-2">
      <h2 id="trashed-lists-heading" className="text-sm font-semibold text-muted">
        Deleted lists
      </h2>
      <ul aria-label="Deleted lists" className="divide-y divide-line rounded-xl border border-line bg-surface">
        {lists.map((list) => (
          <li key={list.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <ColorDot color={list.color} />
            <div className="min-w-0 flex-1">
              <p className="break-words">{list.name}</p>
              <p className="text-sm text-muted">
                {list.pending_count === 0 ? "No pending tasks" : `${list.pending_count} pending task${list.pending_count === 1 ? "" : "s"}`} come back with it
              </p>
            </div>
            <Button size="sm" className="h-11 whitespace-nowrap sm:h-8" aria-label={`Restore list ${list.name}`} onClick={() => void restore(list)}>
              <RotateCcw className="size-4" aria-hidden />
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
