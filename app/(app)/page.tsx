import type { Metadata } from "next";
import { TaskViewPage, type ViewSearchParams } from "./task-view-page";

export const metadata: Metadata = { title: "Tasks" };

export default function HomePage({ searchParams }: { searchParams: ViewSearchParams }) {
  return <TaskViewPage view="all" searchParams={searchParams} />;
}
