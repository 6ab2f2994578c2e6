// Where a key press belongs, for the app's own shortcuts (/, Ctrl+K, Ctrl+A, Escape, arrows).

/** A field where keys type text: Ctrl+A, Escape, / and arrows belong to it there. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest("textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button])") !== null);

/** Inside a dialog, menu or listbox, keys belong to it. */
export const inPopup = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest("[role=dialog], [role=alertdialog], [role=menu], [role=listbox]") !== null;
