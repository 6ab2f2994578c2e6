"use client";

import { Check, Pencil, Trash2, X } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { deleteConversationAction, listConversationsAction, renameConversationAction } from "@/app/(app)/conversation-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Conversation } from "@/lib/conversations/schemas";

interface Props {
  activeId: string;
  onOpen: (id: string) => void;
  onDeleted: (id: string) => void;
}

// 44 px touch targets in the sheet and on touch screens.
const touch = "shrink-0 max-lg:size-11 pointer-coarse:size-11";

function groupOf(updatedAt: string, now = new Date()): string {
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(now) - day(new Date(updatedAt))) / 86_400_000);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days < 7) return "Previous 7 days";
  if (days < 30) return "Previous 30 days";
  return "Older";
}

export default function ConversationList({ activeId, onOpen, onDeleted }: Props) {
  const [items, setItems] = useState<Conversation[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");

  useEffect(() => {
    void listConversationsAction({}).then(
      (r) => (r.ok ? setItems(r.data) : setFailed(true)),
      () => setFailed(true),
    );
  }, []);

  async function rename(c: Conversation) {
    const title = draft.trim();
    setEditing(null);
    if (!title || title === c.title) return;
    setItems((list) => list?.map((x) => (x.id === c.id ? { ...x, title } : x)) ?? null);
    const result = await renameConversationAction({ id: c.id, title }).catch(() => null);
    if (!result?.ok) {
      setItems((list) => list?.map((x) => (x.id === c.id ? c : x)) ?? null);
      toast.error(`Couldn't rename the conversation. ${result?.error.message ?? ""}`.trim());
    }
  }

  async function remove(c: Conversation) {
    setItems((list) => list?.filter((x) => x.id !== c.id) ?? null);
    const result = await deleteConversationAction({ id: c.id }).catch(() => null);
    if (result?.ok || result?.error.code === "not_found") {
      onDeleted(c.id);
      toast(`Deleted “${c.title}”`);
    } else {
      setItems((list) => (list ? [...list, c].sort((a, b) => b.updated_at.localeCompare(a.updated_at)) : list));
      toast.error("Couldn't delete the conversation. Try again.");
    }
  }

  if (failed) return <p className="p-4 text-sm text-danger" role="alert">Couldn't load your conversations. Close and open the list to try again.</p>;
  if (!items) return <p className="p-4 text-sm text-muted">Loading conversations…</p>;
  if (items.length === 0) return <p className="p-4 text-sm text-muted">No conversations yet. Send a message to start one.</p>;

  const groups = new Map<string, Conversation[]>();
  for (const c of items) groups.set(groupOf(c.updated_at), [...(groups.get(groupOf(c.updated_at)) ?? []), c]);

  return (
    <nav aria-label="Conversations" className="space-y-4 p-2">
      {[...groups].map(([group, list]) => (
        <div key={group}>
          <h3 className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">{group}</h3>
          <ul className="space-y-0.5">
            {list.map((c) => (
              <li key={c.id} className="group flex items-center gap-1 rounded-md hover:bg-raised">
                {editing === c.id ? (
                  <form
                    className="flex flex-1 items-center gap-1 p-1"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void rename(c);
                    }}
                  >
                    <label htmlFor={`rename-${c.id}`} className="sr-only">
                      Conversation title
                    </label>
                    <input
                      id={`rename-${c.id}`}
                      value={draft}
                      autoFocus
                      maxLength={200}
                      onChange={(e) => setDraft(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key !== "Escape") return;
                        // Cancels the rename only: the sheet stays open.
                        e.preventDefault();
                        setEditing(null);
                      }}
                      className="h-8 min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-2 text-sm focus-visible:border-accent max-lg:h-11 max-lg:text-base"
                    />
                    <Button size="icon" type="submit" variant="ghost" aria-label="Save title" className={touch}>
                      <Check className="size-4" aria-hidden />
                    </Button>
                    <Button size="icon" variant="ghost" aria-label="Cancel renaming" className={touch} onClick={() => setEditing(null)}>
                      <X className="size-4" aria-hidden />
                    </Button>
                  </form>
                ) : (
                  <>
                    <button
                      type="button"
                      onClick={() => onOpen(c.id)}
                      aria-current={c.id === activeId ? "true" : undefined}
                      className="min-h-8 min-w-0 flex-1 truncate rounded-md px-2 py-1.5 text-left text-sm aria-[current=true]:font-semibold max-lg:min-h-11 pointer-coarse:min-h-11"
                    >
                      {c.title}
                    </button>
                    <Button
                      size="icon"
                      variant="ghost"
                      aria-label={`Rename “${c.title}”`}
                      className={touch}
                      onClick={() => {
                        setDraft(c.title);
                        setEditing(c.id);
                      }}
                    >
                      <Pencil className="size-3.5" aria-hidden />
                    </Button>
                    <ConfirmDialog
                      trigger={
                        <Button size="icon" variant="ghost" aria-label={`Delete “${c.title}”`} className={touch}>
                          <Trash2 className="size-3.5" aria-hidden />
                        </Button>
                      }
                      title="Delete this conversation?"
                      description={`“${c.title}” and all its messages will be deleted for good. Your tasks stay as they are.`}
                      confirmLabel="Delete conversation"
                      onConfirm={() => void remove(c)}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
