import "server-only";
import { getDb } from "@/db";
import { currentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/request";
import { startTurn } from "./chat";
import { enforceChatLimit } from "./chat-limits";
import { chooseModel } from "./models";

/** The signed-in caller of a chat route, after the Origin check. */
export async function chatCaller(request: Request, unauthorized: string) {
  assertSameOrigin(request);
  const user = await currentUser(request.headers);
  if (!user) throw new AppError("unauthorized", unauthorized);
  return { userId: user.id, db: await getDb() };
}

/** Counts the message against the chat limit, then starts the turn with the configured model. */
export async function startChatTurn(
  caller: Awaited<ReturnType<typeof chatCaller>>,
  request: Request,
  turn: { conversationId: string; text: string; timezone?: string; requestId: string },
) {
  await enforceChatLimit(caller.db, caller.userId);
  return startTurn({
    ...caller,
    ...turn,
    timezone: turn.timezone ?? "UTC",
    model: chooseModel(env()).model,
    abortSignal: request.signal,
  });
}
