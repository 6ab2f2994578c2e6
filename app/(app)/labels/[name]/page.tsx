import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LabelHeader } from "@/components/lists/label-header";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { labelNameSchema } from "@/lib/labels/schemas";
import { labelService } from "@/lib/labels/service";
import { TaskViewPage, type ViewSearchParams } from "../../task-view-page";

type Params = Promise<{ name: string }>;

/** The user's label of that name (any case), or the not-found page. */
async function findLabel(raw: string) {
  const user = await requireUser();
  let name = raw;
  try {
    name = decodeURIComponent(raw); // label names hold no "%", so decoding twice is harmless
  } catch {}
  if (!labelNameSchema.safeParse(name).success) notFound();
  return (await labelService(await getDb()).findLabelByName(user.id, name)) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `@${(await findLabel((await params).name)).name}` };
}

export default async function LabelPage({ params, searchParams }: { params: Params; searchParams: ViewSearchParams }) {
  const label = await findLabel((await params).name);
  return <TaskViewPage view="label" scope={{ label: label.name }} searchParams={searchParams} header={<LabelHeader label={label} />} />;
}
