import type { Metadata } from "next";
import { TrashList } from "@/components/trash/trash-list";
import { TrashedLists } from "@/components/trash/trashed-lists";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { listService } from "@/lib/lists/service";
import { taskService } from "@/lib/tasks/service";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const user = await requireUser();
  const db = await getDb();
  const [tasks, lists] = await Promise.all([taskService(db).listTasks(user.id, { status: "trash" }), listService(db).listLists(user.id, { status: "trash" })]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-5 text-2xl font-semibold tracking-tight">Trash</h1>
      <TrashedLists initialLists={lists} />
      {/* A restored list takes its tasks out of the trash: the refreshed page starts the list afresh. */}
      <TrashList key={tasks.map((t) => t.id).join(",")} initialTasks={tasks} />
    </div>
  );
}
