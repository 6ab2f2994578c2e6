import { AlertCircle, Check, Loader2 } from "lucide-react";
import { TOOL, type AnyToolName } from "@/lib/assistant/tools/names";

interface ToolPart {
  type: string;
  state?: string;
  input?: Record<string, unknown>;
  output?: unknown;
  errorText?: string;
}

const DONE: Partial<Record<AnyToolName, string>> = {
  [TOOL.addTask]: "Added",
  [TOOL.completeTask]: "Completed",
  [TOOL.deleteTask]: "Deleted",
  [TOOL.restoreTask]: "Restored",
  [TOOL.updateTask]: "Updated",
  [TOOL.getTask]: "Looked at",
  [TOOL.snoozeReminder]: "Snoozed",
};
const DOING: Record<AnyToolName, string> = {
  [TOOL.addTask]: "Adding a task",
  [TOOL.completeTask]: "Completing a task",
  [TOOL.deleteTask]: "Deleting a task",
  [TOOL.restoreTask]: "Restoring a task",
  [TOOL.updateTask]: "Updating a task",
  [TOOL.listTasks]: "Looking at your tasks",
  [TOOL.listLists]: "Looking at your lists",
  [TOOL.createList]: "Making a list",
  [TOOL.getTask]: "Looking at a task",
  [TOOL.snoozeReminder]: "Snoozing a reminder",
};

/** The one-line summary of a tool call: what happened, or why it didn't. */
export function describeToolPart(part: ToolPart): { text: string; state: "running" | "ok" | "error" } {
  const tool = part.type.slice("tool-".length) as AnyToolName;
  if (part.state === "output-error") return { text: `Couldn't run ${tool.replace("_", " ")}`, state: "error" };
  if (part.state !== "output-available") return { text: `${DOING[tool] ?? "Working"}…`, state: "running" };
  const out = part.output as { error?: string; task_id?: number; title?: string; total?: number; tasks?: unknown[]; lists?: unknown[]; name?: string };
  if (out?.error === "task_not_found") {
    const id = part.input?.task_id;
    return { text: id ? `Couldn't find task ${id}` : "Couldn't find that task", state: "error" };
  }
  if (out?.error === "list_not_found") return { text: `No list called ${String(part.input?.list ?? "that")}`, state: "error" };
  if (out?.error === "conflict" && tool === TOOL.createList) {
    return { text: part.input?.name ? `List ${String(part.input.name)} already exists` : "That list already exists", state: "ok" };
  }
  if (out?.error) return { text: `Couldn't ${tool.replace("_", " ")}`, state: "error" };
  if (tool === TOOL.listLists) {
    const n = out?.lists?.length ?? 0;
    return { text: `Found ${n} list${n === 1 ? "" : "s"}`, state: "ok" };
  }
  if (tool === TOOL.createList) return { text: `Made the list ${out?.name ?? ""}`.trim(), state: "ok" };
  if (tool === TOOL.listTasks) {
    const status = (part.input?.status as string | undefined) ?? "all";
    const n = out?.total ?? out?.tasks?.length ?? 0;
    const kind = status === "all" ? "" : `${status === "trash" ? "deleted" : status} `;
    return { text: `Found ${n} ${kind}task${n === 1 ? "" : "s"}`, state: "ok" };
  }
  return { text: `${DONE[tool] ?? "Done"} #${out?.task_id} ${out?.title ?? ""}`.trim(), state: "ok" };
}

export function ToolLine({ part }: { part: ToolPart }) {
  const { text, state } = describeToolPart(part);
  const Icon = state === "running" ? Loader2 : state === "error" ? AlertCircle : Check;
  return (
    <p className={`flex items-center gap-1.5 text-xs ${state === "error" ? "text-danger" : "text-muted"}`}>
      <Icon className={`size-3.5 shrink-0 ${state === "running" ? "animate-spin" : ""}`} aria-hidden />
      <span className="truncate">{text}</span>
    </p>
  );
}
