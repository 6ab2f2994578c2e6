import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { startPushService } from "@/test/push-service";
import { sendPush } from "./push";
import { isAllowedPushEndpoint } from "./push-endpoints";

describe("Web Push delivery", () => {
  const keys = webpush.generateVAPIDKeys();
  const vapid = { ...keys, subject: "mailto:ops@docket.example" };
  let service: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    service = await startPushService({ vapidPublicKey: keys.publicKey });
  });
  afterAll(() => service.close());

  it("arrives encrypted for the device, signed with Docket's keys, and decrypts to the payload", async () => {
    const device = service.subscribe();
    const payload = { title: "Call mom", body: "Due Today 18:00", url: "/?task=6", actions: ["done", "snooze"] };
    expect(await sendPush({ endpoint: device.endpoint, ...device.keys }, payload, vapid)).toEqual({ sent: true });
    const [received] = service.received(device.id);
    expect(received!.payload).toEqual(payload);
    expect(received!.claims).toMatchObject({ aud: service.base, sub: "mailto:ops@docket.example" });
    expect(received!.claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(received!.ttl).toBe("3600");
  });

  it("reports a subscription the push service has dropped (404, 410) as gone, and failures as worth a retry", async () => {
    const device = service.subscribe();
    const target = { endpoint: device.endpoint, ...device.keys };
    service.answerWith(device.id, [410, 404, 503, 429, 400]);
    expect(await sendPush(target, {}, vapid)).toEqual({ gone: true });
    expect(await sendPush(target, {}, vapid)).toEqual({ gone: true });
    expect(await sendPush(target, {}, vapid)).toEqual({ failed: "push service answered 503", retry: true });
    expect(await sendPush(target, {}, vapid)).toMatchObject({ retry: true });
    expect(await sendPush(target, {}, vapid)).toMatchObject({ retry: false });
    expect(await sendPush({ ...target, endpoint: "http://127.0.0.1:9/nothing" }, {}, vapid)).toEqual({ failed: "push service unreachable", retry: true });
  });
});

describe("push endpoints", () => {
  it.each([
    "https://fcm.googleapis.com/fcm/send/abc",
    "https://updates.push.services.mozilla.com/wpush/v2/abc",
    "https://web.push.apple.com/QGr",
    "https://wns2-by3p.notify.windows.com/w/?token=abc",
  ])("accepts a browser's push service: %s", (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint)).toBe(true);
  });

  it.each([
    "http://fcm.googleapis.com/fcm/send/abc",
    "https://fcm.googleapis.com:8443/x",
    "https://127.0.0.1/x",
    "https://localhost/x",
    "https://169.254.169.254/latest/meta-data",
    "https://evil.example/fcm.googleapis.com",
    "https://fcm.googleapis.com.evil.example/x",
    "https://user@fcm.googleapis.com/x",
    "not a url",
  ])("refuses anything else, so no one can make Docket call an internal address: %s", (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint)).toBe(false);
  });

  it("takes a test push service only by its exact prefix", () => {
    expect(isAllowedPushEndpoint("http://127.0.0.1:4567/abc", ["http://127.0.0.1:4567/"])).toBe(true);
    expect(isAllowedPushEndpoint("http://127.0.0.1:4568/abc", ["http://127.0.0.1:4567/"])).toBe(false);
  });
});
