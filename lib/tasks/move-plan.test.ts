import { generateKeyBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { sortByPosition } from "./manual-order";
import { gapFor, planDrop, planStep } from "./move-plan";

const t = (id: number, position: string | undefined, list_id: string | undefined = "inbox") => ({ id, position, list_id });

describe("sortByPosition", () => {
  it("orders by list, then key bytewise (upper case before lower), then number; drafts last", () => {
    const tasks = [t(-1, undefined, undefined), t(4, "a1", "work"), t(3, "a1"), t(2, "Zz"), t(1, "a0"), t(5, "a1")];
    expect(sortByPosition(tasks, ["inbox", "work"]).map((x) => x.id)).toEqual([2, 1, 3, 5, 4, -1]);
    expect(sortByPosition(tasks, ["work", "inbox"]).map((x) => x.id)).toEqual([4, 2, 1, 3, 5, -1]);
  });

  it("places lists it was not told about in the order they first appear", () => {
    expect(sortByPosition([t(1, "a0", "b"), t(2, "a0", "a"), t(3, "a1", "b")]).map((x) => x.id)).toEqual([1, 3, 2]);
  });
});

describe("planStep", () => {
  const shown = [t(1, "a0"), t(2, "a1"), t(3, "a2"), t(4, "a0", "work")];

  it("moves down after the next task and up before the previous one", () => {
    expect(planStep(shown, 1, 1)).toMatchObject({ place: { after_id: 2 } });
    expect(planStep(shown, 3, -1)).toMatchObject({ place: { before_id: 2 } });
  });

  it("stops at the edges of the task's own list", () => {
    expect(planStep(shown, 1, -1)).toEqual({ edge: "top" });
    expect(planStep(shown, 3, 1)).toEqual({ edge: "bottom" });
    expect(planStep(shown, 4, -1)).toEqual({ edge: "top" });
    expect(planStep(shown, 9, 1)).toBeNull();
  });
});

describe("planDrop", () => {
  const shown = [t(1, "a0"), t(2, "a1"), t(3, "a2"), t(4, "a0", "work")];

  it("lands after the target when dragged down and before it when dragged up", () => {
    expect(planDrop(shown, 1, 3)).toMatchObject({ place: { after_id: 3 } });
    expect(planDrop(shown, 3, 1)).toMatchObject({ place: { before_id: 1 } });
  });

  it("refuses a drop on itself or on a task of another list", () => {
    expect(planDrop(shown, 2, 2)).toBeNull();
    expect(planDrop(shown, 3, 4)).toBeNull();
  });
});

describe("gapFor", () => {
  it("finds the neighbours' keys, counting tasks of the list in other sections", () => {
    const tasks = [t(1, "a0"), t(2, "a1"), t(3, "a2"), t(9, "a5", "work")];
    expect(gapFor(tasks, tasks[0]!, { after_id: 2 })).toEqual(["a1", "a2"]);
    expect(gapFor(tasks, tasks[2]!, { before_id: 1 })).toEqual([null, "a0"]);
    expect(gapFor(tasks, tasks[0]!, { after_id: 3 })).toEqual(["a2", null]);
    const [low, high] = gapFor(tasks, tasks[2]!, { after_id: 1 })!;
    const key = generateKeyBetween(low, high);
    expect(sortByPosition([tasks[0]!, tasks[1]!, { ...tasks[2]!, position: key }]).map((x) => x.id)).toEqual([1, 3, 2]);
  });
});
