import { describe, expect, it } from "vitest";
import { parsePriority } from "./priority";

describe("parsePriority", () => {
  it.each([
    ["p1", 1], ["P2", 2], ["p3", 3], ["p4", 4],
    ["1", 1], ["4", 4], ["!2", 2],
    ["urgent", 1], ["Highest", 1], ["high", 2], ["medium", 3], ["normal", 3], ["low", 4], ["none", 4],
    ["high priority", 2], ["priority: low", 4], ["  urgent  ", 1],
  ] as const)("reads %j as priority %i", (text, priority) => {
    expect(parsePriority(text)).toBe(priority);
  });

  it.each(["p5", "0", "5", "very high", "urgent please", "p1 p2", "", "priority"])("refuses %j", (text) => {
    expect(parsePriority(text)).toBeNull();
  });
});
