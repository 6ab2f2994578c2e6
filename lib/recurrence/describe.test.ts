import { describe, expect, it } from "vitest";
import { describeRecurrence, type Anchor } from "./index";

describe("a rule in words", () => {
  it.each<[string, Anchor, string | null, string | null, string]>([
    ["FREQ=DAILY", "schedule", null, null, "Every day"],
    ["FREQ=DAILY;INTERVAL=3", "schedule", null, null, "Every 3 days"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "schedule", "09:00", null, "Every weekday at 09:00"],
    ["FREQ=WEEKLY;BYDAY=SA,SU", "schedule", null, null, "Every weekend"],
    ["FREQ=WEEKLY;BYDAY=MO", "schedule", null, null, "Every Monday"],
    ["FREQ=WEEKLY;BYDAY=MO,TH", "schedule", null, null, "Every Monday and Thursday"],
    ["FREQ=WEEKLY;BYDAY=MO,WE,FR", "schedule", null, null, "Every Monday, Wednesday and Friday"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "schedule", null, null, "Every 2 weeks on Friday"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU", "schedule", null, null, "Every 2 weeks on weekends"],
    ["FREQ=WEEKLY", "schedule", null, null, "Every week"],
    ["FREQ=WEEKLY", "schedule", null, "2026-03-07", "Every week on Saturday"],
    ["FREQ=WEEKLY;INTERVAL=2", "schedule", null, "2026-03-09", "Every 2 weeks on Monday"],
    ["FREQ=MONTHLY;BYMONTHDAY=15", "schedule", null, null, "Every month on the 15th"],
    ["FREQ=MONTHLY;BYMONTHDAY=1,15", "schedule", null, null, "Every month on the 1st and 15th"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "schedule", null, null, "Every month on the last day"],
    ["FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1", "schedule", null, null, "Every month on the 30th (or the last day)"],
    ["FREQ=MONTHLY;BYDAY=1MO", "schedule", null, null, "Every month on the first Monday"],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "schedule", null, null, "Every month on the first Monday"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "schedule", null, null, "Every month on the last weekday"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "schedule", "17:00", null, "Every month on the last Friday at 17:00"],
    ["FREQ=MONTHLY", "schedule", null, "2026-03-22", "Every month on the 22nd"],
    ["FREQ=YEARLY", "schedule", null, "2026-12-03", "Every year on 3 Dec"],
    ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=3", "schedule", null, null, "Every year on 3 Dec"],
    ["FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "schedule", null, null, "Every year on the fourth Thursday of November"],
    ["FREQ=YEARLY", "schedule", null, null, "Every year"],
    ["FREQ=DAILY;INTERVAL=3", "completion", null, "2026-03-07", "Every 3 days after completion"],
    ["FREQ=DAILY;INTERVAL=3;COUNT=5", "completion", "08:30", null, "Every 3 days after completion at 08:30, 5 times"],
    ["FREQ=DAILY;COUNT=5", "schedule", null, null, "Every day, 5 times"],
    ["FREQ=DAILY;COUNT=1", "schedule", null, null, "Every day, once"],
    ["FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231", "schedule", null, null, "Every Monday, until 31 Dec 2026"],
    ["FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=1", "schedule", null, null, "Every month (custom pattern)"],
  ])("%s (%s, time %s, start %s) reads “%s”", (rule, anchor, time, start, text) => {
    expect(describeRecurrence(rule, anchor, time, start)).toBe(text);
  });

  it("a rule that cannot be read is still named, not thrown", () => {
    expect(describeRecurrence("FREQ=HOURLY", "schedule", null)).toBe("Repeats");
  });
});
