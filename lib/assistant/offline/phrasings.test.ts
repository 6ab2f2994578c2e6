import { describe, expect, it } from "vitest";
import { judge } from "./phrasings/judge";
import { phrasingTable } from "./phrasings";

describe("the offline assistant's phrasings", () => {
  it("has at least 200 rows", () => {
    expect(Object.values(phrasingTable).flat().length).toBeGreaterThanOrEqual(200);
  });

  for (const [intent, rows] of Object.entries(phrasingTable)) {
    describe(intent, () => {
      it.each(rows.map((row) => [row.before?.length ? `${row.before.join(" → ")} → ${row.say}` : row.say, row] as const))("%s", (_, row) => {
        expect(judge(row)).toBeNull();
      });
    });
  }
});
