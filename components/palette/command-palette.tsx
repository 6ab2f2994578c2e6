"use client";

import { Command } from "cmdk";
import { CalendarDays, CheckCircle2, Circle, FolderPlus, Hash, List, Plus, Search, Settings, Sun, Trash2 } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { taskChoicesAction } from "@/app/(app)/bulk-actions";
import { createListAction } from "@/app/(app)/list-actions";
import { taskHref } from "@/components/tasks/use-highlight";
import { listNameSchema } from "@/lib/lists/schemas";
import { isViewPath, VIEW_PATHS } from "@/lib/tasks/views";
import { usePaletteSearch } from "./use-palette-search";

type Choices = Extract<Awaited<ReturnType<typeof taskChoicesAction>>, { ok: true }>["data"];

const ACTIONS = [
  { key: "new-task", label: "New task", Icon: Plus },
  { key: "new-list", label: "New list", Icon: FolderPlus },
  { key: "today", label: "Go to Today", Icon: Sun, href: VIEW_PATHS.today },
  { key: "upcoming", label: "Go to Upcoming", Icon: CalendarDays, href: VIEW_PATHS.upcoming },
  { key: "tasks", label: "Go to Tasks", Icon: List, href: VIEW_PATHS.all },
  { key: "settings", label: "Settings", Icon: Settings, href: "/settings" },
  { key: "trash", label: "Trash", Icon: Trash2, href: "/trash" },
] as const;

/** Every word of the query is in the name (ignoring case): lists, labels and actions are few, so this runs in the browser. */
const matches = (name: string, query: string) => query.toLowerCase().split(/\s+/).every((word) => name.toLowerCase().includes(word));

const item = "flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-raised sm:min-h-10";
const group = "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-muted";

/**
 * The command palette: tasks by words in their title and description (the API's search, typos
 * forgiven), the lists and labels, and the app's actions. Enter on a task opens it on the board,
 * highlighted. "New list" asks for the name in the same field.
 */
interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Closed without a choice: focus goes back to what had it before. */
  returnFocus: () => void;
}

export default function CommandPalette({ open, onOpenChange, returnFocus }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState("");
  const [naming, setNaming] = useState(false);
  const [choices, setChoices] = useState<Choices | null>(null);
  const search = usePaletteSearch(naming ? "" : query);
  const [selected, setSelected] = useState("");
  // When tasks arrive, the best one is where Enter goes.
  const best = search.tasks[0]?.id;
  useEffect(() => {
    if (best !== undefined) setSelected(`task-${best}`);
  }, [best, search.tasks]);
  // Where focus goes after closing: back to the opener, unless a choice sends it elsewhere.
  const leaving = useRef(false);

  useEffect(() => {
    if (!open) return;
    leaving.current = false;
    setQuery("");
    setNaming(false);
    void taskChoicesAction({})
      .then((r) => r.ok && setChoices(r.data))
      .catch(() => undefined);
  }, [open]);

  function go(href: string) {
    leaving.current = true;
    onOpenChange(false);
    router.push(href);
  }

  function act(key: (typeof ACTIONS)[number]["key"]) {
    if (key === "new-list") {
      setNaming(true);
      setQuery("");
      return;
    }
    if (key === "new-task") return go(`${isViewPath(pathname) ? pathname : "/"}?new=1`);
    const action = ACTIONS.find((a) => a.key === key);
    if (action && "href" in action) go(action.href);
  }

  async function createList() {
    const name = listNameSchema.safeParse(query);
    if (!name.success) {
      toast.error(name.error.issues[0]?.message ?? "Give the list a name");
      return;
    }
    const result = await createListAction({ name: name.data }).catch(() => null);
    if (!result?.ok) {
      toast.error(`Couldn't create the list. ${result?.error.message ?? "Check your connection and try again."}`);
      return;
    }
    toast.success(`Created list ${result.data.name}`);
    go(`/lists/${result.data.id}`);
  }

  const q = query.trim();
  const lists = (choices?.lists ?? []).filter((l) => !q || matches(l.name, q));
  const labels = (choices?.labels ?? []).filter((l) => !q || matches(l.name, q));
  const actions = ACTIONS.filter((a) => !q || matches(a.label, q));

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            if (!leaving.current) returnFocus();
          }}
          className="fixed left-1/2 top-[12vh] z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border border-line bg-surface shadow-xl"
        >
          <Dialog.Title className="sr-only">{naming ? "New list" : "Search tasks and commands"}</Dialog.Title>
          <Command
            label={naming ? "Name of the new list" : "Search tasks, lists, labels and actions"}
            shouldFilter={false}
            loop
            vimBindings={false}
            value={selected}
            onValueChange={setSelected}
          >
            <div className="flex items-center gap-2 border-b border-line px-3">
              <Search className="size-4 shrink-0 text-muted" aria-hidden />
              <Command.Input
                value={query}
                onValueChange={setQuery}
                onKeyDown={(e) => {
                  if (naming && e.key === "Enter") {
                    e.preventDefault();
                    void createList();
                  }
                }}
                placeholder={naming ? "Name of the new list, then Enter" : "Search tasks, lists, labels, actions…"}
                className="h-12 w-full min-w-0 bg-transparent text-base outline-none placeholder:text-muted sm:text-sm"
              />
            </div>
            <p aria-live="polite" className="px-4 pt-2 text-xs text-muted empty:hidden">
              {naming
                ? "Enter creates the list; Escape cancels."
                : search.state === "loading"
                  ? "Searching…"
                  : search.state === "error"
                    ? "Couldn't search your tasks. Check your connection and try again."
                    : search.state === "done" && search.tasks.length === 0
                      ? `No tasks match ‘${q}’`
                      : ""}
            </p>
            {!naming && (
              <Command.List label="Results" className="max-h-[min(60vh,28rem)] overflow-y-auto p-1.5">
                {search.tasks.length > 0 && (
                  <Command.Group heading="Tasks" className={group}>
                    {search.tasks.map((t) => (
                      <Command.Item key={t.id} value={`task-${t.id}`} onSelect={() => go(taskHref(t.id))} className={item}>
                        {t.completed ? <CheckCircle2 className="size-4 shrink-0 text-success" aria-hidden /> : <Circle className="size-4 shrink-0 text-muted" aria-hidden />}
                        <span className="min-w-0 flex-1">
                          <span className="block truncate">
                            <span className="mr-2 font-mono text-xs text-muted">#{t.id}</span>
                            {t.title}
                            {t.completed && <span className="sr-only"> (done)</span>}
                          </span>
                          {t.description && <span className="block truncate text-xs text-muted">{t.description}</span>}
                        </span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {actions.length > 0 && (
                  <Command.Group heading="Actions" className={group}>
                    {actions.map(({ key, label, Icon }) => (
                      <Command.Item key={key} value={`action-${key}`} onSelect={() => act(key)} className={item}>
                        <Icon className="size-4 shrink-0 text-muted" aria-hidden />
                        {label}
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {lists.length > 0 && (
                  <Command.Group heading="Lists" className={group}>
                    {lists.map((l) => (
                      <Command.Item key={l.id} value={`list-${l.id}`} onSelect={() => go(`/lists/${l.id}`)} className={item}>
                        <List className="size-4 shrink-0 text-muted" aria-hidden />
                        {l.name}
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {labels.length > 0 && (
                  <Command.Group heading="Labels" className={group}>
                    {labels.map((l) => (
                      <Command.Item key={l.id} value={`label-${l.id}`} onSelect={() => go(`/labels/${encodeURIComponent(l.name)}`)} className={item}>
                        <Hash className="size-4 shrink-0 text-muted" aria-hidden />@{l.name}
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
              </Command.List>
            )}
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
