import { AlertCircle, Check, Loader2 } from "lucide-react";
import { TOOL, type ToolName } from "@/lib/assistant/tools/names";

interface ToolPart {
  type: string;
  state?: string;
  input?: Record<string, unknown>;
  output?: unknown;
  errorText?: string;
}

const DONE: Partial<Record<ToolName, string>> = {
  [TOOL.addTask]: "Added",
  [TOOL.completeTask]: "Completed",
  [TOOL.deleteTask]: "Deleted",
  [TOOL.restoreTask]: "Restored",
  [TOOL.updateTask]: "Updated",
};
const DOING: Record<ToolName, string> = {
  [TOOL.addTask]: "Adding a task",
  [TOOL.completeTask]: "Completing a task",
  [TOOL.deleteTask]: "Deleting a task",
  [TOOL.restoreTask]: "Restoring a task",
  [TOOL.updateTask]: "Updating a task",
  [TOOL.listTasks]: "Looking at your tasks",
};

/** The one-line summary of a tool call: what happened, or why it didn't. */
export function describeToolPart(part: ToolPart): { text: string; state: "running" | "ok" | "error" } {
  const tool = part.type.slice("tool-".length) as ToolName;
  if (part.state === "output-error") return { text: `Couldn't run ${tool.replace("_", " ")}`, state: "error" };
  if (part.state !== "output-available") return { text: `${DOING[tool] ?? "Working"}…`, state: "running" };
  const out = part.output as { error?: string; task_id?: number; title?: string; total?: number; tasks?: unknown[] };
  if (out?.error === "task_not_found") {
    const id = part.input?.task_id;
    return { text: id ? `Couldn't find task ${id}` : "Couldn't find that task", state: "error" };
  }
  if (out?.error) return { text: `Couldn't ${tool.replace("_", " ")}`, state: "error" };
  if (tool === TOOL.listTasks) {
    const status = (part.input?.status as string | undefined) ?? "all";
    const n = out?.total ?? out?.tasks?.length ?? 0;
    const kind = status === "all" ? "" : `${status === "trash" ? "deleted" : status} `;
    return { text: `Found ${n} ${kind}task${n === 1 ? "" : "s"}`, state: "ok" };
  }
  // list_lists and create_list answer with no task: "Done", never "Done #undefined".
  const task = out?.task_id === undefined ? "" : ` #${out.task_id} ${out.title ?? ""}`;
  return { text: `${DONE[tool] ?? "Done"}${task}`.trim(), state: "ok" };
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
