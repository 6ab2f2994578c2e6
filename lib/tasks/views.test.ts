import { describe, expect, it } from "vitest";
import { compareByDue, groupTasks, inView, viewQuery } from "./views";

// Wednesday 25 November 2026.
const today = "2026-11-25";
let next = 1;
const task = (due_date: string | null, extra: { due_time?: string; priority?: number; completed?: boolean; id?: number } = {}) => ({
  id: extra.id ?? next++,
  completed: extra.completed ?? false,
  due_date,
  due_time: extra.due_time ?? null,
  priority: extra.priority ?? 4,
});

describe("viewQuery", () => {
  it("asks for pending tasks due up to today on Today, after today on Upcoming, and everything in manual order on /", () => {
    expect(viewQuery("today", today)).toEqual({ status: "pending", due_before: today, sort: "due" });
    expect(viewQuery("upcoming", today)).toEqual({ status: "pending", due_after: "2026-11-26", sort: "due" });
    expect(viewQuery("all", today)).toEqual({ status: "all", sort: "position" });
  });

  it("crosses a month and a year end", () => {
    expect(viewQuery("upcoming", "2026-12-31").due_after).toBe("2027-01-01");
  });
});

describe("inView", () => {
  it("keeps overdue and today's pending tasks on Today, and only later ones on Upcoming", () => {
    expect(inView("today", task("2026-11-20"), today)).toBe(true);
    expect(inView("today", task(today), today)).toBe(true);
    expect(inView("today", task("2026-11-26"), today)).toBe(false);
    expect(inView("today", task(null), today)).toBe(false);
    expect(inView("today", task(today, { completed: true }), today)).toBe(false);
    expect(inView("upcoming", task("2026-11-26"), today)).toBe(true);
    expect(inView("upcoming", task(today), today)).toBe(false);
    expect(inView("all", task(null, { completed: true }), today)).toBe(true);
  });
});

describe("compareByDue", () => {
  it("puts dated before undated, then date, all-day before timed, time, priority and number, as the server does", () => {
    const order = [
      task("2026-11-20", { id: 9 }),
      task(today, { id: 5, priority: 1 }),
      task(today, { id: 2 }),
      task(today, { id: 3, due_time: "09:00" }),
      task(today, { id: 1, due_time: "18:00" }),
      task(null, { id: 4 }),
      task(null, { id: 6 }),
      task(null, { id: -1 }),
    ];
    expect([...order].reverse().sort(compareByDue).map((t) => t.id)).toEqual(order.map((t) => t.id));
  });
});

describe("groupTasks", () => {
  it("shows Overdue before today on Today, with the day in the heading", () => {
    const groups = groupTasks("today", [task(today), task("2026-11-24"), task("2026-11-27")], today);
    expect(groups.map((g) => [g.title, g.tasks.length])).toEqual([
      ["Overdue", 1],
      ["Today · Wed 25 Nov", 1],
    ]);
    expect(groups[0]!.overdue).toBe(true);
  });

  it("leaves Overdue out when nothing is late, and keeps Today with its empty message", () => {
    const groups = groupTasks("today", [], today);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.empty).toBeTruthy();
  });

  it("groups the next 7 days by day on Upcoming, tomorrow named, then Later", () => {
    const tasks = [task("2026-12-02"), task("2026-11-26"), task("2026-12-03"), task("2026-11-28", { due_time: "10:00" }), task("2026-11-28")];
    const groups = groupTasks("upcoming", tasks, today);
    expect(groups.map((g) => [g.title, g.tasks.length])).toEqual([
      ["Tomorrow · Thu 26 Nov", 1],
      ["Sat 28 Nov", 2],
      ["Wed 2 Dec", 1],
      ["Later", 1],
    ]);
    expect(groups[1]!.tasks.map((t) => t.due_time)).toEqual([null, "10:00"]);
  });

  it("splits the full list into Pending and Completed, in manual order whatever the dates", () => {
    const placed = (id: number, position: string, due: string | null, completed = false) => ({ ...task(due, { id, completed }), list_id: "inbox", position });
    const groups = groupTasks("all", [placed(1, "a2", null), placed(2, "a1", "2026-12-01"), placed(3, "a0", today, true)], today);
    expect(groups.map((g) => [g.label, g.tasks.map((t) => t.id)])).toEqual([
      ["Pending tasks", [2, 1]],
      ["Completed tasks", [3]],
    ]);
  });
});

describe("list and label views", () => {
  const travel = "00000000-0000-4000-8000-000000000001";
  const inList = (id: number, position: string | undefined, extra: { list_id?: string; labels?: string[]; completed?: boolean } = {}) => ({
    ...task(null, { id, completed: extra.completed }),
    list_id: extra.list_id ?? travel,
    labels: extra.labels ?? [],
    position,
  });

  it("asks the server for the list in its manual order, and for the label by due", () => {
    expect(viewQuery("list", today, { list_id: travel })).toEqual({ status: "all", list_id: travel, sort: "position" });
    expect(viewQuery("label", today, { label: "online" })).toEqual({ status: "all", label: "online", sort: "due" });
  });

  it("shows a list's own tasks by position, unsaved drafts last", () => {
    const tasks = [inList(1, "a2"), inList(2, "a0"), inList(-1, undefined), inList(3, "a1", { list_id: "other" }), inList(4, "a1", { completed: true })];
    const groups = groupTasks("list", tasks, today, undefined, { list_id: travel });
    expect(groups.map((g) => [g.label, g.tasks.map((t) => t.id)])).toEqual([
      ["Pending tasks", [2, 1, -1]],
      ["Completed tasks", [4]],
    ]);
  });

  it("shows a label's tasks whatever their list, matching the name ignoring case", () => {
    expect(inView("label", inList(1, "a0", { labels: ["Online"] }), today, { label: "online" })).toBe(true);
    expect(inView("label", inList(2, "a0", { labels: ["offline"] }), today, { label: "online" })).toBe(false);
  });
});
