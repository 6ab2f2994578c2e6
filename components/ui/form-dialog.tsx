"use client";

import { clsx } from "clsx";
import { X } from "lucide-react";
import { Dialog } from "radix-ui";

interface Props {
  title: React.ReactNode;
  onClose: () => void;
  /** Where focus goes when it closes: these dialogs load on first use and have no Radix trigger. */
  returnFocus: () => void;
  width?: "md" | "lg";
  children: React.ReactNode;
}

/**
 * A form in a modal dialog: a sheet from the bottom on a phone, centred from 640 px. Escape, the
 * Close button or a click outside closes it.
 */
export function FormDialog({ title, onClose, returnFocus, width = "lg", children }: Props) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
          className={clsx(
            "fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-xl border border-line bg-surface p-5 pb-[calc(1.25rem+env(safe-area-inset-bottom))] shadow-xl sm:bottom-auto sm:left-1/2 sm:top-1/2 sm:w-[calc(100%-2rem)] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl sm:pb-5",
            width === "md" ? "sm:max-w-md" : "sm:max-w-lg",
          )}
        >
          <div className="mb-4 flex items-center justify-between gap-2">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close aria-label="Close" className="inline-flex size-11 items-center justify-center rounded-md text-muted hover:bg-raised hover:text-ink sm:size-8">
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
