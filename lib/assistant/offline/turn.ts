import type { Job } from "./jobs";
import type { Outcome } from "./outcomes";
import type { Call, ToolStep } from "./steps";

/**
 * Runs a turn's jobs over the steps already taken. Each step (one assistant message) holds the
 * calls every unfinished job asked for, in job order, so replaying the jobs deals each result
 * back to the job that asked for it. `consistent` is false when the recorded calls are not the
 * ones this planner would have made (another model answered that turn).
 */
export interface TurnRun {
  calls: Call[];
  outcomes: Outcome[];
  consistent: boolean;
}

/** Tool steps a turn may take before it must answer (the chat loop allows 8 model calls). */
export const MAX_ROUNDS = 6;

export function runJobs(jobs: Job[], rounds: ToolStep[][]): TurnRun {
  const own: ToolStep[][] = jobs.map(() => []);
  let consistent = true;
  for (const round of rounds) {
    let next = 0;
    jobs.forEach((job, j) => {
      const progress = job(own[j]!);
      if (!("calls" in progress)) return;
      for (const call of progress.calls) {
        const step = round[next++];
        if (!step || step.toolName !== call.toolName) consistent = false;
        if (step) own[j]!.push(step);
      }
    });
    if (next !== round.length) consistent = false;
  }
  const progress = jobs.map((job, j) => job(own[j]!));
  return {
    calls: progress.flatMap((p) => ("calls" in p ? p.calls : [])),
    outcomes: progress.flatMap((p) => ("outcomes" in p ? p.outcomes : [])),
    consistent,
  };
}
