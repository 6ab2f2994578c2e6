"use client";

import { Ellipsis, Pencil, Tag, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { Suspense, useState } from "react";
import { toast } from "sonner";
import { deleteLabelAction, updateLabelAction } from "@/app/(app)/label-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Color } from "@/lib/colors";
import { LABEL_NAME_MAX } from "@/lib/labels/limits";
import type { Label } from "@/lib/labels/schemas";
import { labelPath } from "./color-dot";
import { useLists } from "./lists-context";
import { NameColourDialog } from "./use-list-dialog";

const item = "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 outline-none data-[highlighted]:bg-raised sm:min-h-9";

/** A label page's heading and its menu: rename or recolour (everywhere it is used), delete. */
export function LabelHeader({ label: initial }: { label: Label }) {
  const { labels, reload } = useLists();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const label = labels.find((l) => l.id === initial.id) ?? initial;

  async function save({ name, color }: { name: string; color: Color }) {
    const result = await updateLabelAction({ id: label.id, patch: { ...(name !== label.name && { name }), ...(color !== label.color && { color }) } });
    if (!result.ok) return result.error;
    setEditing(false);
    reload();
    if (result.data.name !== label.name) {
      toast.success(`Renamed @${label.name} to @${result.data.name} on every task`);
      router.replace(labelPath(result.data.name));
    }
    return null;
  }

  async function remove() {
    const result = await deleteLabelAction({ id: label.id }).catch(() => null);
    if (!result?.ok) return toast.error(`Couldn't delete @${label.name}. ${result?.error.message ?? "Check your connection and try again."}`);
    reload();
    toast(`Deleted @${label.name}`, { description: "Its tasks are kept, without the label." });
    router.push("/");
  }

  return (
    <div className="mb-5 flex items-center gap-2">
      <h1 className="flex min-w-0 flex-1 items-center gap-2.5 text-2xl font-semibold tracking-tight">
        <Tag className="size-6 shrink-0 text-muted" aria-hidden />
        <span className="min-w-0 break-words">{label.name}</span>
      </h1>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button variant="ghost" size="icon" className="max-sm:size-11" aria-label={`Label actions for ${label.name}`} title="Label actions">
            <Ellipsis className="size-5" aria-hidden />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
            <DropdownMenu.Item className={item} onSelect={() => setTimeout(() => setEditing(true), 0)}>
              <Pencil className="size-4" aria-hidden />
              Rename or recolour…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon" className="max-sm:size-11" aria-label={`Delete label ${label.name}`} title="Delete label">
            <Trash2 className="size-4" aria-hidden />
          </Button>
        }
        title={`Delete @${label.name}?`}
        description="The label comes off every task that has it. The tasks themselves stay as they are."
        confirmLabel="Delete label"
        onConfirm={() => void remove()}
      />
      {editing && (
        <Suspense fallback={null}>
          <NameColourDialog
            title={`Edit @${label.name}`}
            submitLabel="Save"
            initial={label}
            maxLength={LABEL_NAME_MAX}
            onSubmit={save}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
