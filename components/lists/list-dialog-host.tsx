"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { createListAction, updateListAction } from "@/app/(app)/list-actions";
import { LIST_NAME_MAX } from "@/lib/lists/limits";
import type { List } from "@/lib/lists/schemas";
import type { Color } from "@/lib/palette";
import { listPath } from "./color-dot";
import { useLists } from "./lists-context";
import NameColourDialog from "./name-colour-dialog";

/** The new-list or edit-list dialog with its saving; a new list opens at once. Loaded on first use. */
export default function ListDialogHost({ list, onDone }: { list?: List; onDone: () => void }) {
  const router = useRouter();
  const { setLists, reload } = useLists();

  async function submit({ name, color }: { name: string; color: Color }) {
    const result = list
      ? await updateListAction({ id: list.id, patch: { ...(name !== list.name && { name }), ...(color !== list.color && { color }) } })
      : await createListAction({ name, color });
    if (!result.ok) return result.error;
    onDone();
    setLists((lists) => [...lists.filter((l) => l.id !== result.data.id), result.data]);
    reload();
    if (!list) {
      toast.success(`Created list “${result.data.name}”`);
      router.push(listPath(result.data.id));
    }
    return null;
  }

  return (
    <NameColourDialog
      title={list ? `Edit “${list.name}”` : "New list"}
      submitLabel={list ? "Save" : "Create list"}
      initial={list}
      nameLocked={list?.inbox}
      maxLength={LIST_NAME_MAX}
      onSubmit={submit}
      onClose={onDone}
    />
  );
}
