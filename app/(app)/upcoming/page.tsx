import type { Metadata } from "next";
import { TaskViewPage, type ViewSearchParams } from "../task-view-page";

export const metadata: Metadata = { title: "Upcoming" };

export default function UpcomingPage({ searchParams }: { searchParams: ViewSearchParams }) {
  return <TaskViewPage view="upcoming" searchParams={searchParams} />;
}
