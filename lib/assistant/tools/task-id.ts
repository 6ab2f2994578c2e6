import { z } from "zod";

export const taskIdSchema = z
  .number()
  .int()
  .positive()
  .describe("The task's number as the user sees it (#3 → 3). Never guess it: list tasks to find it.");
