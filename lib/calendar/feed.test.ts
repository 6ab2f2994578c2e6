import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, expect, it } from "vitest";
import { user } from "@/db/schema";
import { taskService } from "@/lib/tasks/service";
import { createUser, describeWithDatabases } from "@/test/databases";
import { calendarFeedService } from "./feed";

const NOW = new Date("2026-11-26T12:00:00Z");

describeWithDatabases(
  "the calendar feed",
  (getDb) => {
    let owner: string;
    beforeAll(async () => {
      owner = await createUser(getDb().db);
      await getDb().db.update(user).set({ timezone: "Europe/Berlin", locale: "en-GB" }).where(eq(user.id, owner));
      const tasks = taskService(getDb().db, { time: { now: NOW } });
      await tasks.addTask(owner, { title: "Dentist, then lunch; bring card", due_date: "2026-12-03", due_time: "10:00", reminders: [{ before_minutes: 30 }] });
      await tasks.addTask(owner, { title: "Pay rent", due_date: "2026-12-01", reminders: [{ before_minutes: 0 }] });
      await tasks.addTask(owner, { title: "Team standup", recurrence: "every weekday at 9am" });
      await tasks.addTask(owner, { title: "No date" });
      const trashed = await tasks.addTask(owner, { title: "Trashed", due_date: "2026-12-02" });
      await tasks.deleteTask(owner, trashed.id);
    });

    const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

    it("serves every dated task as an event in the user's zone, with its repeat and alarms", async () => {
      const feeds = calendarFeedService(getDb().db);
      const token = await feeds.rotate(owner);
      const found = await feeds.ownerOf(token);
      expect(found?.userId).toBe(owner);
      const text = await feeds.calendar(owner, "https://docket.example", NOW);
      const calendar = parse(text);
      const zone = calendar.getFirstSubcomponent("vtimezone")!;
      expect(zone.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
      ICAL.TimezoneService.register(zone);

      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.summary).sort()).toEqual(["Dentist, then lunch; bring card", "Pay rent", "Team standup"]);

      const dentist = events.find((e) => e.summary.startsWith("Dentist"))!;
      expect(dentist.startDate.toJSDate().toISOString()).toBe("2026-12-03T09:00:00.000Z");
      expect(dentist.component.getFirstPropertyValue("url")).toMatch(/^https:\/\/docket\.example\/lists\/.+\?task=1&edit=1$/);
      const alarm = dentist.component.getFirstSubcomponent("valarm")!;
      expect(alarm.getFirstPropertyValue("trigger")!.toString()).toBe("-PT30M");

      const rent = events.find((e) => e.summary === "Pay rent")!;
      expect(rent.startDate.isDate).toBe(true);
      expect(rent.startDate.toString()).toBe("2026-12-01");

      const standup = events.find((e) => e.summary === "Team standup")!;
      expect(standup.isRecurring()).toBe(true);
      const next = standup.iterator();
      const dates = [next.next(), next.next(), next.next()].map((d) => d!.toJSDate().toISOString());
      expect(dates).toEqual(["2026-11-27T08:00:00.000Z", "2026-11-30T08:00:00.000Z", "2026-12-01T08:00:00.000Z"]);

      // The same task keeps its UID, so calendars update it rather than add it twice.
      const again = parse(await feeds.calendar(owner, "https://docket.example", NOW)).getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"));
      expect(again.sort()).toEqual(events.map((e) => e.uid).sort());
    });

    it("stops answering a token once it is rotated or revoked", async () => {
      const feeds = calendarFeedService(getDb().db);
      const first = await feeds.rotate(owner);
      const second = await feeds.rotate(owner);
      expect(await feeds.ownerOf(first)).toBeNull();
      expect((await feeds.ownerOf(second))?.userId).toBe(owner);
      await feeds.revoke(owner);
      expect(await feeds.ownerOf(second)).toBeNull();
      expect(await feeds.ownerOf("not-a-token")).toBeNull();
    });
  },
  ["pglite", "pg"],
);
