"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { createListAction, updateListAction } from "@/app/(app)/list-actions";
import type { Color } from "@/lib/colors";
import { LIST_NAME_MAX, type List } from "@/lib/lists/schemas";
import { listPath } from "./color-dot";
import { useLists } from "./lists-context";

// The dialog (Radix Dialog and the palette) loads the first time a list is made or edited.
export const NameColourDialog = dynamic(() => import("./name-colour-dialog"), { ssr: false });

/** Opens the new-list or edit-list dialog; render `dialog` somewhere in the opener's tree. */
export function useListDialog() {
  const [editing, setEditing] = useState<{ list?: List } | null>(null);
  const router = useRouter();
  const { setLists, reload } = useLists();
  const list = editing?.list;

  async function submit({ name, color }: { name: string; color: Color }) {
    const result = list
      ? await updateListAction({ id: list.id, patch: { ...(name !== list.name && { name }), ...(color !== list.color && { color }) } })
      : await createListAction({ name, color });
    if (!result.ok) return result.error;
    setEditing(null);
    setLists((lists) => [...lists.filter((l) => l.id !== result.data.id), result.data]);
    reload();
    if (!list) {
      toast.success(`Created list “${result.data.name}”`);
      router.push(listPath(result.data.id));
    }
    return null;
  }

  return {
    openNew: () => setEditing({}),
    openEdit: (list: List) => setEditing({ list }),
    dialog: editing && (
      <NameColourDialog
        title={list ? `Edit “${list.name}”` : "New list"}
        submitLabel={list ? "Save" : "Create list"}
        initial={list}
        nameLocked={list?.inbox}
        maxLength={LIST_NAME_MAX}
        onSubmit={submit}
        onClose={() => setEditing(null)}
      />
    ),
  };
}
