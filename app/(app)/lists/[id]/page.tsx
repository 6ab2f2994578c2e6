import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListHeader } from "@/components/lists/list-header";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listService } from "@/lib/lists/service";
import { TaskViewPage, type ViewSearchParams } from "../../task-view-page";

type Params = Promise<{ id: string }>;

/** The user's list, or the not-found page (another user's, absent or in the trash alike). */
async function findList(id: string) {
  const user = await requireUser();
  return listService(await getDb())
    .getList(user.id, id)
    .catch((error) => (error instanceof AppError && error.code === "not_found" ? notFound() : Promise.reject(error)));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await findList((await params).id)).name };
}

export default async function ListPage({ params, searchParams }: { params: Params; searchParams: ViewSearchParams }) {
  const list = await findList((await params).id);
  return <TaskViewPage view="list" scope={{ list_id: list.id }} searchParams={searchParams} header={<ListHeader list={list} />} />;
}
