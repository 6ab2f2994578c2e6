"use client";

import { lazy, Suspense, useState } from "react";
import type { List } from "@/lib/lists/schemas";

// The dialogs (Radix Dialog, the palette, the saving) load the first time a list is made or edited.
// React's lazy rather than next/dynamic: this sits in the navigation, in every page's first load.
const ListDialogHost = lazy(() => import("./list-dialog-host"));
export const NameColourDialog = lazy(() => import("./name-colour-dialog"));

/** Opens the new-list or edit-list dialog; render `dialog` somewhere in the opener's tree. */
export function useListDialog() {
  const [editing, setEditing] = useState<{ list?: List } | null>(null);
  return {
    openNew: () => setEditing({}),
    openEdit: (list: List) => setEditing({ list }),
    dialog: editing && (
      <Suspense fallback={null}>
        <ListDialogHost list={editing.list} onDone={() => setEditing(null)} />
      </Suspense>
    ),
  };
}
