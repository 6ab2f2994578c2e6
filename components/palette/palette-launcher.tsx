"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { inPopup, isTyping } from "@/components/ui/keys";

// The palette (cmdk, its dialog and its searches) loads the first time it opens.
const CommandPalette = dynamic(() => import("./command-palette"), { ssr: false });

/** The header's search button, and the keys that open the command palette: Ctrl/Cmd+K anywhere, / outside text fields. */
export function PaletteLauncher() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  // Closing without going anywhere gives the focus back to what had it.
  const opener = useRef<HTMLElement | null>(null);
  const remember = () => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest("[role=dialog]")) opener.current = document.activeElement;
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !inPopup(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      remember();
      setUsed(true);
      setOpen((was) => (commandK ? !was : true));
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        title="Search and commands (Ctrl+K or /)"
        aria-keyshortcuts="Control+K /"
        onClick={() => (remember(), setUsed(true), setOpen(true))}
        className="inline-flex size-11 items-center justify-center gap-1.5 rounded-md text-sm font-medium text-muted hover:bg-raised hover:text-ink md:h-8 md:w-auto md:px-2.5"
      >
        <Search className="size-4" aria-hidden />
        <span className="sr-only md:not-sr-only">Search</span>
        <kbd aria-hidden className="hidden rounded border border-line px-1 font-sans text-[11px] lg:inline">Ctrl K</kbd>
      </button>
      {used && <CommandPalette open={open} onOpenChange={setOpen} returnFocus={() => opener.current?.focus()} />}
    </>
  );
}
