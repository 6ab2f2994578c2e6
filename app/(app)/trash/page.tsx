import type { Metadata } from "next";
import { TrashList } from "@/components/trash/trash-list";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { taskService } from "@/lib/tasks/service";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const user = await requireUser();
  const tasks = await taskService(await getDb()).listTasks(user.id, { status: "trash" });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-5 text-2xl font-semibold tracking-tight">Trash</h1>
      <TrashList initialTasks={tasks} />
    </div>
  );
}
