import "server-only";
import type { Db } from "@/db/client";
import { env } from "@/lib/env";
import { startTurn } from "./chat";
import { chooseModel } from "./models";

/** Starts a turn with the configured model; the caller was identified and counted at the boundary. */
export function startChatTurn(
  caller: { userId: string; db: Db; time: { timezone: string; locale: string } },
  request: Request,
  turn: { conversationId: string; text: string; timezone?: string; requestId: string },
) {
  return startTurn({
    userId: caller.userId,
    db: caller.db,
    profile: caller.time,
    ...turn,
    model: chooseModel(env()).model,
    abortSignal: request.signal,
  });
}
