/**
 * The one look of a text field or select: a surface-coloured box with a clear edge (3:1) and the
 * accent on focus, so nothing editable looks disabled. 44 px tall; 16 px text on phones (a
 * smaller font makes iOS zoom in on focus), 14 px from 640 px.
 */
export const fieldClass =
  "block h-11 w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 text-base text-ink shadow-xs transition-colors placeholder:text-muted hover:border-muted focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-1 disabled:cursor-not-allowed disabled:border-line disabled:bg-raised disabled:text-muted aria-[invalid=true]:border-danger sm:text-sm";

/** A field's label, above it. */
export const labelClass = "mb-1.5 block text-sm font-medium";
