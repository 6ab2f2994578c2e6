"use client";

import { Archive, ArchiveRestore, ArrowDown, ArrowUp, Ellipsis, Inbox, Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { toast } from "sonner";
import { deleteListAction, restoreListAction, updateListAction } from "@/app/(app)/list-actions";
import { Button } from "@/components/ui/button";
import type { List, ListPatch } from "@/lib/lists/schemas";
import { ColorDot, listPath } from "./color-dot";
import { activeLists, useLists } from "./lists-context";
import { useListDialog } from "./use-list-dialog";

const failed = "Couldn't reach Docket. Check your connection and try again.";
const item = "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 outline-none data-[highlighted]:bg-raised data-[disabled]:cursor-default data-[disabled]:opacity-50 sm:min-h-9";

/** A list page's heading and its menu: rename and recolour, move up or down, archive, delete (with Undo). */
export function ListHeader({ list: initial }: { list: List }) {
  const { lists, setLists, reload } = useLists();
  const router = useRouter();
  const { openEdit, dialog } = useListDialog();
  const list = lists.find((l) => l.id === initial.id) ?? initial;
  const ordered = activeLists(lists).filter((l) => !l.inbox);
  const at = ordered.findIndex((l) => l.id === list.id);

  async function change(patch: ListPatch, failure: string): Promise<List | null> {
    const result = await updateListAction({ id: list.id, patch }).catch(() => null);
    if (!result?.ok) {
      toast.error(`${failure} ${result?.error.message ?? failed}`);
      return null;
    }
    setLists((all) => all.map((l) => (l.id === list.id ? result.data : l)));
    reload();
    return result.data;
  }

  async function archive(archived: boolean) {
    const done = await change({ archived }, archived ? "Couldn't archive the list." : "Couldn't unarchive the list.");
    if (done && archived) {
      toast(`Archived “${list.name}”`, {
        description: "It's hidden from the navigation; its tasks are kept.",
        action: { label: "Undo", onClick: () => void change({ archived: false }, "Couldn't unarchive the list.") },
      });
    }
  }

  async function remove() {
    const result = await deleteListAction({ id: list.id }).catch(() => null);
    if (!result?.ok) return toast.error(`Couldn't delete “${list.name}”. ${result?.error.message ?? failed}`);
    setLists((all) => all.filter((l) => l.id !== list.id));
    reload();
    const inbox = lists.find((l) => l.inbox);
    router.push(inbox ? listPath(inbox.id) : "/");
    const n = result.data.pending_count;
    toast(`Moved “${list.name}” to the trash`, {
      description: n ? `With its ${n} pending task${n === 1 ? "" : "s"}. Restore it from the Trash, or undo now.` : "Restore it from the Trash, or undo now.",
      action: {
        label: "Undo",
        onClick: async () => {
          const restored = await restoreListAction({ id: list.id }).catch(() => null);
          if (!restored?.ok) return toast.error(`Couldn't restore “${list.name}”. ${restored?.error.message ?? failed}`);
          setLists((all) => [...all.filter((l) => l.id !== list.id), restored.data]);
          reload();
          router.push(listPath(list.id));
        },
      },
    });
  }

  return (
    <div className="mb-5">
      <div className="flex items-center gap-2">
        <h1 className="flex min-w-0 flex-1 items-center gap-2.5 text-2xl font-semibold tracking-tight">
          {list.inbox ? <Inbox className="size-6 shrink-0 text-muted" aria-hidden /> : <ColorDot color={list.color} className="size-3.5" />}
          <span className="min-w-0 break-words">{list.name}</span>
        </h1>
        {/* The Inbox is never renamed, archived, moved or deleted: it has no menu. */}
        {!list.inbox && (
          <DropdownMenu.Root>
            <DropdownMenu.Trigger asChild>
              <Button variant="ghost" size="icon" className="max-sm:size-11" aria-label={`List actions for ${list.name}`} title="List actions">
                <Ellipsis className="size-5" aria-hidden />
              </Button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-52 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
                <DropdownMenu.Item className={item} onSelect={() => setTimeout(() => openEdit(list), 0)}>
                  <Pencil className="size-4" aria-hidden />
                  Rename or recolour…
                </DropdownMenu.Item>
                {!list.archived && (
                  <>
                    <DropdownMenu.Item className={item} disabled={at <= 0} onSelect={() => void change({ before_id: ordered[at - 1]!.id }, "Couldn't move the list.")}>
                      <ArrowUp className="size-4" aria-hidden />
                      Move up
                    </DropdownMenu.Item>
                    <DropdownMenu.Item
                      className={item}
                      disabled={at < 0 || at >= ordered.length - 1}
                      onSelect={() => void change({ after_id: ordered[at + 1]!.id }, "Couldn't move the list.")}
                    >
                      <ArrowDown className="size-4" aria-hidden />
                      Move down
                    </DropdownMenu.Item>
                  </>
                )}
                <DropdownMenu.Item className={item} onSelect={() => void archive(!list.archived)}>
                  {list.archived ? <ArchiveRestore className="size-4" aria-hidden /> : <Archive className="size-4" aria-hidden />}
                  {list.archived ? "Unarchive" : "Archive"}
                </DropdownMenu.Item>
                <DropdownMenu.Separator className="my-1 h-px bg-line" />
                <DropdownMenu.Item className={`${item} text-danger`} onSelect={() => void remove()}>
                  <Trash2 className="size-4" aria-hidden />
                  Delete list
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        )}
      </div>
      {list.archived && (
        <p className="mt-2 flex flex-wrap items-center gap-2 rounded-lg border border-line bg-surface px-3 py-2 text-sm text-muted">
          Archived: hidden from the navigation, tasks kept.
          <Button size="sm" className="max-sm:h-11" onClick={() => void archive(false)}>
            <ArchiveRestore className="size-4" aria-hidden />
            Unarchive
          </Button>
        </p>
      )}
      {dialog}
    </div>
  );
}
