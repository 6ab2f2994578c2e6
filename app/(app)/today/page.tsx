import type { Metadata } from "next";
import { TaskViewPage, type ViewSearchParams } from "../task-view-page";

export const metadata: Metadata = { title: "Today" };

export default function TodayPage({ searchParams }: { searchParams: ViewSearchParams }) {
  return <TaskViewPage view="today" searchParams={searchParams} />;
}
