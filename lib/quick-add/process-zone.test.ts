import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { parseQuickAdd } from "./index";

// Starts fresh Node processes under other process zones (TZ set before start-up, unlike the
// in-process switch in the table test) and checks they parse exactly as this process does.

const PHRASES = ["Call mom tomorrow at 6pm p1", "fri 9am", "at 9", "this weekend", "the 1st", "in 1 month", "3/12", "tonight", "Jan 2"];
const MOMENTS = ["2026-11-25T19:00:00Z", "2026-12-31T23:30:00Z", "2026-03-08T06:45:00Z"];
const ZONES = ["Asia/Kolkata", "Pacific/Auckland", "America/Los_Angeles"];

const script = `
const { parseQuickAdd } = await import(${JSON.stringify(path.join(import.meta.dirname, "index.ts"))});
const out = [];
for (const now of ${JSON.stringify(MOMENTS)}) for (const timezone of ${JSON.stringify(ZONES)}) for (const text of ${JSON.stringify(PHRASES)})
  out.push(parseQuickAdd(text, { now: new Date(now), timezone, locale: "en-GB" }));
process.stdout.write(JSON.stringify(out));
`;

function expected() {
  return MOMENTS.flatMap((now) => ZONES.flatMap((timezone) => PHRASES.map((text) => parseQuickAdd(text, { now: new Date(now), timezone, locale: "en-GB" }))));
}

it.each(["Asia/Kolkata", "America/Los_Angeles", "Pacific/Chatham"])("a process started with TZ=%s parses the same", (processZone) => {
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
    env: { ...process.env, TZ: processZone },
    encoding: "utf8",
  });
  expect(JSON.parse(output)).toEqual(expected());
});
