// The quick-add table: phrase × moment × user zone (× locale) → title, due date, due time, priority.
//
// No answer may depend on the process time zone. Every row runs three times, with the process
// clock (process.env.TZ, which Node applies at once) set to UTC, Pacific/Auckland and
// America/Los_Angeles; process-zone.test.ts also starts fresh Node processes under other zones.
// By hand: TZ=Pacific/Auckland npx vitest run lib/quick-add
//          TZ=America/Los_Angeles npx vitest run lib/quick-add
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuickAdd, type Priority } from "./index";

// Moments, with the user's wall clock there. Several fall on another UTC date than the local one.
const NY_WED = "2026-11-25T15:00:00Z"; //          Wed 25 Nov 10:00 New York
const LA_WED_LATE = "2026-11-26T06:30:00Z"; //     Wed 25 Nov 22:30 Los Angeles (UTC: Thu)
const LA_FRI = "2026-11-27T16:00:00Z"; //          Fri 27 Nov 08:00 Los Angeles
const TOKYO_THU_EARLY = "2026-11-25T16:30:00Z"; // Thu 26 Nov 01:30 Tokyo (UTC: Wed)
const AKL_THU = "2026-11-25T20:00:00Z"; //         Thu 26 Nov 09:00 Auckland (UTC: Wed)
const KOLKATA_THU = "2026-11-25T19:00:00Z"; //     Thu 26 Nov 00:30 Kolkata (UTC: Wed)
const LONDON_SAT = "2026-11-28T10:00:00Z"; //      Sat 28 Nov 10:00 London
const BERLIN_SUN = "2026-11-29T10:00:00Z"; //      Sun 29 Nov 11:00 Berlin
const LONDON_JAN31 = "2026-01-31T12:00:00Z"; //    Sat 31 Jan 12:00 London
const BERLIN_NYE = "2026-12-31T20:00:00Z"; //      Thu 31 Dec 21:00 Berlin
const NY_SPRING_EVE = "2026-03-07T17:00:00Z"; //   Sat 7 Mar 12:00 New York (clocks go forward on the 8th)
const NY_AUTUMN_EVE = "2026-10-31T16:00:00Z"; //   Sat 31 Oct 12:00 New York (clocks go back on 1 Nov)
const BERLIN_SPRING_EVE = "2026-03-28T11:00:00Z"; // Sat 28 Mar 12:00 Berlin (forward on the 29th)
const BERLIN_AUTUMN_EVE = "2026-10-24T10:00:00Z"; // Sat 24 Oct 12:00 Berlin (back on the 25th)

const NY = "America/New_York";
const LA = "America/Los_Angeles";
const LONDON = "Europe/London";
const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";
const AUCKLAND = "Pacific/Auckland";
const KOLKATA = "Asia/Kolkata";

type Row = [text: string, now: string, zone: string, title: string, date: string | null, time: string | null, priority: Priority | null, locale?: string];

// prettier-ignore
const rows: Row[] = [
  // Relative words, said on Wednesday 25 Nov 10:00 in New York
  ["Call mom tomorrow at 6pm", NY_WED, NY, "Call mom", "2026-11-26", "18:00", null],
  ["Pay rent on the 1st p1", NY_WED, NY, "Pay rent", "2026-12-01", null, 1],
  ["Submit report by friday", NY_WED, NY, "Submit report", "2026-11-27", null, null],
  ["Submit report by friday to Bob", NY_WED, NY, "Submit report to Bob", "2026-11-27", null, null],
  ["Buy milk fri", NY_WED, NY, "Buy milk", "2026-11-27", null, null],
  ["Team sync wed", NY_WED, NY, "Team sync", "2026-12-02", null, null],
  ["Team sync on Wednesday", NY_WED, NY, "Team sync", "2026-12-02", null, null],
  ["Plan trip next friday", NY_WED, NY, "Plan trip", "2026-12-04", null, null],
  ["Plan trip this friday", NY_WED, NY, "Plan trip", "2026-11-27", null, null],
  ["Clean garage this weekend", NY_WED, NY, "Clean garage", "2026-11-28", null, null],
  ["Review goals next week", NY_WED, NY, "Review goals", "2026-11-30", null, null],
  ["Renew passport in 3 days", NY_WED, NY, "Renew passport", "2026-11-28", null, null],
  ["Follow up in a week", NY_WED, NY, "Follow up", "2026-12-02", null, null],
  ["Dentist in 2 months", NY_WED, NY, "Dentist", "2027-01-25", null, null],
  ["Send invoices end of month", NY_WED, NY, "Send invoices", "2026-11-30", null, null],
  ["Workout in 2 hours", NY_WED, NY, "Workout", "2026-11-25", "12:00", null],
  ["tomorrow", NY_WED, NY, "", "2026-11-26", null, null],
  ["Call Ann at 9 tomorrow", NY_WED, NY, "Call Ann", "2026-11-26", "09:00", null],
  ["Call Ann tomorrow 9", NY_WED, NY, "Call Ann", "2026-11-26", "09:00", null],
  ["Call Ann fri 4 p1", NY_WED, NY, "Call Ann", "2026-11-27", "16:00", 1],
  // Calendar dates; without a year, the next one not in the past
  ["Buy gift Dec 3", NY_WED, NY, "Buy gift", "2026-12-03", null, null],
  ["Call Ann 3 Dec", NY_WED, NY, "Call Ann", "2026-12-03", null, null],
  ["Anniversary December 3rd", NY_WED, NY, "Anniversary", "2026-12-03", null, null],
  ["Anniversary on the 3rd of December", NY_WED, NY, "Anniversary", "2026-12-03", null, null],
  ["File taxes 2026-12-03", NY_WED, NY, "File taxes", "2026-12-03", null, null],
  ["File taxes 2026-12-03T18:00", NY_WED, NY, "File taxes", "2026-12-03", "18:00", null],
  ["Water plants the 15th", NY_WED, NY, "Water plants", "2026-12-15", null, null],
  ["Water plants the 25th", NY_WED, NY, "Water plants", "2026-11-25", null, null],
  ["Pay rent the 31st", NY_WED, NY, "Pay rent", "2026-12-31", null, null],
  ["Pay bill 3/12", NY_WED, NY, "Pay bill", "2027-03-12", null, null],
  ["Pay bill 3/12", NY_WED, NY, "Pay bill", "2027-03-12", null, null, "en-US"],
  ["Book flights Mar 3", NY_WED, NY, "Book flights", "2027-03-03", null, null],
  ["Pay rent on the 1st at 9am", NY_WED, NY, "Pay rent", "2026-12-01", "09:00", null],
  ["Pay rent on 1st p1", NY_WED, NY, "Pay rent", "2026-12-01", null, 1],
  ["Birthday on May 5", NY_WED, NY, "Birthday", "2027-05-05", null, null],
  ["Submit Q3 report by 10/15", NY_WED, NY, "Submit Q3 report", "2027-10-15", null, null],
  ["Friday: call mom", NY_WED, NY, "call mom", "2026-11-27", null, null],
  // Times; without a date, today while still ahead, else tomorrow (it is 10:00)
  ["Lunch at noon", NY_WED, NY, "Lunch", "2026-11-25", "12:00", null],
  ["Lunch at noon with Bob", NY_WED, NY, "Lunch with Bob", "2026-11-25", "12:00", null],
  ["Take out trash at 6pm", NY_WED, NY, "Take out trash", "2026-11-25", "18:00", null],
  ["Standup 9am", NY_WED, NY, "Standup", "2026-11-26", "09:00", null],
  ["Call Bob at 9", NY_WED, NY, "Call Bob", "2026-11-26", "09:00", null],
  ["Call Bob at 3", NY_WED, NY, "Call Bob", "2026-11-25", "15:00", null],
  ["Gym 6.30pm", NY_WED, NY, "Gym", "2026-11-25", "18:30", null],
  ["Gym 6:30 pm", NY_WED, NY, "Gym", "2026-11-25", "18:30", null],
  ["Deploy 18:00", NY_WED, NY, "Deploy", "2026-11-25", "18:00", null],
  ["Deploy at 18:00", NY_WED, NY, "Deploy", "2026-11-25", "18:00", null],
  ["Read tonight", NY_WED, NY, "Read", "2026-11-25", "20:00", null],
  ["Walk dog tomorrow evening", NY_WED, NY, "Walk dog", "2026-11-26", "18:00", null],
  ["Walk the dog in the evening", NY_WED, NY, "Walk the dog", "2026-11-25", "18:00", null],
  ["Write this afternoon", NY_WED, NY, "Write", "2026-11-25", "15:00", null],
  ["Stretch tomorrow morning", NY_WED, NY, "Stretch", "2026-11-26", "09:00", null],
  ["Stretch morning", NY_WED, NY, "Stretch", "2026-11-26", "09:00", null],
  ["Backup at midnight", NY_WED, NY, "Backup", "2026-11-26", "00:00", null],
  ["Dinner at 6pm with Ann", NY_WED, NY, "Dinner with Ann", "2026-11-25", "18:00", null],
  ["6pm call mom", NY_WED, NY, "call mom", "2026-11-25", "18:00", null],
  ["Call mom tomorrow about the party at 6pm", NY_WED, NY, "Call mom about the party", "2026-11-26", "18:00", null],
  // Words that only look like dates stay in the title
  ["Read 1984", NY_WED, NY, "Read 1984", null, null, null],
  ["Call May", NY_WED, NY, "Call May", null, null, null],
  ["Buy 2 apples", NY_WED, NY, "Buy 2 apples", null, null, null],
  ["Watch 24", NY_WED, NY, "Watch 24", null, null, null],
  ["Book for March reading group", NY_WED, NY, "Book for March reading group", null, null, null],
  ["Meet at the station", NY_WED, NY, "Meet at the station", null, null, null],
  ["Meet at 10 Downing Street", NY_WED, NY, "Meet at 10 Downing Street", null, null, null],
  ["Pick up Sun newspaper", NY_WED, NY, "Pick up Sun newspaper", null, null, null],
  ["Sun cream", NY_WED, NY, "Sun cream", null, null, null],
  ["Morning run", NY_WED, NY, "Morning run", null, null, null],
  ["Take a week off", NY_WED, NY, "Take a week off", null, null, null],
  ["Read 3/4 of the book", NY_WED, NY, "Read 3/4 of the book", null, null, null],
  ["Send Dec 3 invoice to Ann", NY_WED, NY, "Send Dec 3 invoice to Ann", null, null, null],
  ["Do it now", NY_WED, NY, "Do it now", null, null, null],
  ["Buy cake for tomorrow's party", NY_WED, NY, "Buy cake for tomorrow's party", null, null, null],
  ["Study for 2 hours", NY_WED, NY, "Study for 2 hours", null, null, null],
  ["Meet Ann on 5th Avenue", NY_WED, NY, "Meet Ann on 5th Avenue", null, null, null],
  ["Trip in May", NY_WED, NY, "Trip in May", null, null, null],
  // Priority, and the title left behind
  ["Urgent care appointment", NY_WED, NY, "Urgent care appointment", null, null, null],
  ["Fix low priority bugs", NY_WED, NY, "Fix low priority bugs", null, null, null],
  ["Fix server urgent", NY_WED, NY, "Fix server", null, null, 1],
  ["Urgent: fix server", NY_WED, NY, "fix server", null, null, 1],
  ["Refactor parser high priority", NY_WED, NY, "Refactor parser", null, null, 2],
  ["Triage inbox priority low", NY_WED, NY, "Triage inbox", null, null, 4],
  ["Tidy desk - medium priority", NY_WED, NY, "Tidy desk", null, null, 3],
  ["Email Sam p2 tomorrow", NY_WED, NY, "Email Sam", "2026-11-26", null, 2],
  ["Ship it !1", NY_WED, NY, "Ship it", null, null, 1],
  ["P3 email Kim", NY_WED, NY, "email Kim", null, null, 3],
  ["Fix server urgent tomorrow", NY_WED, NY, "Fix server", "2026-11-26", null, 1],
  ["Call Ann fri high priority", NY_WED, NY, "Call Ann", "2026-11-27", null, 2],
  ["Call mom, tomorrow.", NY_WED, NY, "Call mom.", "2026-11-26", null, null],
  ["Call mom (tomorrow)", NY_WED, NY, "Call mom", "2026-11-26", null, null],
  ["Tomorrow: call mom", NY_WED, NY, "call mom", "2026-11-26", null, null],
  ["Prepare slides for tomorrow", NY_WED, NY, "Prepare slides", "2026-11-26", null, null],
  ["Call mom tomorrow at", NY_WED, NY, "Call mom", "2026-11-26", null, null],
  ["buy MILK   and  eggs tomorrow", NY_WED, NY, "buy MILK and eggs", "2026-11-26", null, null],
  ["p1", NY_WED, NY, "", null, null, 1],
  // Late evening in Los Angeles: already Thursday in UTC
  ["Call mom today", LA_WED_LATE, LA, "Call mom", "2026-11-25", null, null],
  ["Call mom tomorrow", LA_WED_LATE, LA, "Call mom", "2026-11-26", null, null],
  ["Pay bill at 9pm", LA_WED_LATE, LA, "Pay bill", "2026-11-26", "21:00", null],
  ["Check email at 11pm", LA_WED_LATE, LA, "Check email", "2026-11-25", "23:00", null],
  ["Team call thu", LA_WED_LATE, LA, "Team call", "2026-11-26", null, null],
  ["Yoga fri", LA_FRI, LA, "Yoga", "2026-12-04", null, null],
  ["Yoga next friday", LA_FRI, LA, "Yoga", "2026-12-04", null, null],
  // Early Thursday in Tokyo: still Wednesday in UTC
  ["Renew visa today", TOKYO_THU_EARLY, TOKYO, "Renew visa", "2026-11-26", null, null],
  ["Renew visa tomorrow", TOKYO_THU_EARLY, TOKYO, "Renew visa", "2026-11-27", null, null],
  ["Call Kenji thu", TOKYO_THU_EARLY, TOKYO, "Call Kenji", "2026-12-03", null, null],
  ["Submit form at 9am", TOKYO_THU_EARLY, TOKYO, "Submit form", "2026-11-26", "09:00", null],
  ["Submit form tonight", TOKYO_THU_EARLY, TOKYO, "Submit form", "2026-11-26", "20:00", null],
  // Auckland (UTC+13) and Kolkata (UTC+5:30): a day ahead of UTC
  ["Pay rates 3/12", AKL_THU, AUCKLAND, "Pay rates", "2026-12-03", null, null, "en-NZ"],
  ["Pay rates tomorrow at 9am", AKL_THU, AUCKLAND, "Pay rates", "2026-11-27", "09:00", null, "en-NZ"],
  ["Book flights fri", AKL_THU, AUCKLAND, "Book flights", "2026-11-27", null, null],
  ["Book flights this weekend", AKL_THU, AUCKLAND, "Book flights", "2026-11-28", null, null],
  ["Call home today", KOLKATA_THU, KOLKATA, "Call home", "2026-11-26", null, null, "en-IN"],
  ["Call home at 8am", KOLKATA_THU, KOLKATA, "Call home", "2026-11-26", "08:00", null, "en-IN"],
  ["Call home next week", KOLKATA_THU, KOLKATA, "Call home", "2026-11-30", null, null, "en-IN"],
  // Weekends: on Saturday and Sunday "this weekend" is today
  ["Clean house this weekend", LONDON_SAT, LONDON, "Clean house", "2026-11-28", null, null, "en-GB"],
  ["Clean house next weekend", LONDON_SAT, LONDON, "Clean house", "2026-12-05", null, null, "en-GB"],
  ["Groceries sat", LONDON_SAT, LONDON, "Groceries", "2026-12-05", null, null, "en-GB"],
  ["Pay rent 3/12", LONDON_SAT, LONDON, "Pay rent", "2026-12-03", null, null, "en-GB"],
  ["Pay rent Dec 31", LONDON_SAT, LONDON, "Pay rent", "2026-12-31", null, null, "en-GB"],
  ["Book dentist on the 1st", LONDON_SAT, LONDON, "Book dentist", "2026-12-01", null, null, "en-GB"],
  ["Plan week next week", LONDON_SAT, LONDON, "Plan week", "2026-11-30", null, null, "en-GB"],
  ["Relax this weekend", BERLIN_SUN, BERLIN, "Relax", "2026-11-29", null, null, "de-DE"],
  ["Report next week", BERLIN_SUN, BERLIN, "Report", "2026-11-30", null, null, "de-DE"],
  ["Report mon", BERLIN_SUN, BERLIN, "Report", "2026-11-30", null, null, "de-DE"],
  ["Tax return 12/1", BERLIN_SUN, BERLIN, "Tax return", "2027-01-12", null, null, "de-DE"],
  ["Call Oma sun", BERLIN_SUN, BERLIN, "Call Oma", "2026-12-06", null, null, "de-DE"],
  // Month end: Saturday 31 January
  ["Renew insurance in 1 month", LONDON_JAN31, LONDON, "Renew insurance", "2026-02-28", null, null],
  ["Budget review end of month", LONDON_JAN31, LONDON, "Budget review", "2026-01-31", null, null],
  ["Pay rent the 31st", LONDON_JAN31, LONDON, "Pay rent", "2026-01-31", null, null],
  ["Pay rent the 30th", LONDON_JAN31, LONDON, "Pay rent", "2026-03-30", null, null],
  ["Review next month", LONDON_JAN31, LONDON, "Review", "2026-02-01", null, null],
  // Year end: Thursday 31 December, 21:00
  ["Sleep in tomorrow", BERLIN_NYE, BERLIN, "Sleep in", "2027-01-01", null, null],
  ["Return gifts Jan 2", BERLIN_NYE, BERLIN, "Return gifts", "2027-01-02", null, null],
  ["Fireworks Dec 31", BERLIN_NYE, BERLIN, "Fireworks", "2026-12-31", null, null],
  ["Call Oma at 9pm", BERLIN_NYE, BERLIN, "Call Oma", "2027-01-01", "21:00", null],
  ["Watch film at 11pm", BERLIN_NYE, BERLIN, "Watch film", "2026-12-31", "23:00", null],
  // The day before a clock change: wall-clock times stay as typed
  ["Run tomorrow at 9am", NY_SPRING_EVE, NY, "Run", "2026-03-08", "09:00", null],
  ["Feed cat tomorrow at 2:30am", NY_SPRING_EVE, NY, "Feed cat", "2026-03-08", "02:30", null],
  ["Check oven in 24 hours", NY_SPRING_EVE, NY, "Check oven", "2026-03-08", "13:00", null],
  ["Run tomorrow at 9am", NY_AUTUMN_EVE, NY, "Run", "2026-11-01", "09:00", null],
  ["Laufen tomorrow at 9am", BERLIN_SPRING_EVE, BERLIN, "Laufen", "2026-03-29", "09:00", null],
  ["Laufen tomorrow at 9am", BERLIN_AUTUMN_EVE, BERLIN, "Laufen", "2026-10-25", "09:00", null],
  ["Call in 24 hours", BERLIN_AUTUMN_EVE, BERLIN, "Call", "2026-10-25", "11:00", null],
];

const PROCESS_ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];

describe.each(PROCESS_ZONES)("quick add with the process clock in %s", (processZone) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = processZone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("really runs in that process zone", () => {
    const offset = new Date("2026-07-01T00:00:00Z").getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, "Pacific/Auckland": -720, "America/Los_Angeles": 420 }[processZone]);
  });

  it.each(rows)("%j said at %s in %s", (text, now, timezone, title, date, time, priority, locale) => {
    const result = parseQuickAdd(text, { now: new Date(now), timezone, locale });
    expect({ title: result.title, due: result.due, priority: result.priority }).toEqual({
      title,
      due: date === null ? null : { date, time },
      priority,
    });
  });
});

it("the table has at least 80 rows", () => {
  expect(rows.length).toBeGreaterThanOrEqual(80);
});
