import type { Metadata } from "next";
import { TaskBoard } from "@/components/tasks/task-board";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth";
import { taskService } from "@/lib/tasks/service";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const user = await requireUser();
  const tasks = await taskService(await getDb()).listTasks(user.id, { status: "all" });
  return (
    <>
      <h1 className="mb-5 text-2xl font-semibold tracking-tight">Tasks</h1>
      <TaskBoard initialTasks={tasks} />
    </>
  );
}
