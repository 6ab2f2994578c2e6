import { toChatMessages } from "@/components/assistant/stored";
import { HomeView } from "@/components/home/home-view";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { conversationIdSchema } from "@/lib/conversations/schemas";
import { conversationService } from "@/lib/conversations/service";
import { todayIn } from "@/lib/quick-add";
import { taskService } from "@/lib/tasks/service";
import { viewQuery, type TaskView, type ViewScope } from "@/lib/tasks/views";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";

export type ViewSearchParams = Promise<{ c?: string; assistant?: string; add?: string; new?: string }>;

interface Props {
  view: TaskView;
  searchParams: ViewSearchParams;
  /** The list or label of /lists/<id> and /labels/<name>. */
  scope?: ViewScope;
  header?: React.ReactNode;
}

/** A task view (/, /today, /upcoming, a list, a label) with the assistant panel, for the user's today in their profile zone. */
export async function TaskViewPage({ view, searchParams, scope, header }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const db = await getDb();
  const conversations = conversationService(db);
  const timezone = user.timezone ?? DEFAULT_TIMEZONE;

  // The conversation named in the URL, else the most recently updated one, else a new one.
  const named = conversationIdSchema.safeParse(params.c);
  const conversation = named.success
    ? await conversations.getConversation(user.id, named.data).catch(() => null)
    : ((await conversations.listConversations(user.id))[0] ?? null);
  const [tasks, messages] = await Promise.all([
    taskService(db).listTasks(user.id, viewQuery(view, todayIn(timezone, new Date()), scope)),
    conversation ? conversations.listMessages(user.id, conversation.id) : Promise.resolve([]),
  ]);

  return (
    <HomeView
      // A new zone (adopted from the browser, or set in Settings) means other tasks belong here.
      key={`${view}:${scope?.list_id ?? scope?.label ?? ""}:${timezone}`}
      view={view}
      scope={scope}
      header={header}
      tasks={tasks}
      conversationId={conversation?.id ?? crypto.randomUUID()}
      messages={toChatMessages(messages)}
      openAssistant={params.assistant === "open"}
      // Text shared from another app (/share), or the "New task" shortcut: the quick add starts with it.
      draft={typeof params.add === "string" ? params.add.slice(0, 500) : params.new ? "" : undefined}
    />
  );
}
