import type { Metadata } from "next";
import { toChatMessages } from "@/components/assistant/stored";
import { HomeView } from "@/components/home/home-view";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { conversationIdSchema } from "@/lib/conversations/schemas";
import { conversationService } from "@/lib/conversations/service";
import { taskService } from "@/lib/tasks/service";

export const metadata: Metadata = { title: "Tasks" };

export default async function HomePage({ searchParams }: { searchParams: Promise<{ c?: string; assistant?: string }> }) {
  const user = await requireUser();
  const params = await searchParams;
  const db = await getDb();
  const conversations = conversationService(db);

  // The conversation named in the URL, else the most recently updated one, else a new one.
  const named = conversationIdSchema.safeParse(params.c);
  const conversation = named.success
    ? await conversations.getConversation(user.id, named.data).catch(() => null)
    : ((await conversations.listConversations(user.id))[0] ?? null);
  const [tasks, messages] = await Promise.all([
    taskService(db).listTasks(user.id, { status: "all" }),
    conversation ? conversations.listMessages(user.id, conversation.id) : Promise.resolve([]),
  ]);

  return (
    <HomeView
      tasks={tasks}
      conversationId={conversation?.id ?? crypto.randomUUID()}
      messages={toChatMessages(messages)}
      openAssistant={params.assistant === "open"}
    />
  );
}
