// Docket's service worker: an offline page when the network is gone, cached app files, and (for
// reminders) push notifications. Pages with tasks on them are never cached: they are private and
// must be fresh, so a page that can't be fetched shows the offline page instead.
const VERSION = "docket-v2";
const SHELL = ["/offline.html", "/icons/icon-192.png", "/icons/icon-512.png", "/manifest.webmanifest"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/offline.html")));
    return;
  }
  // Build files never change under their name: the cached copy is as good as the network's.
  if (url.pathname.startsWith("/_next/static/") || SHELL.includes(url.pathname)) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(VERSION).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});

// Reminders: a push shows a notification with Done and Snooze, which work without opening Docket
// (the browser sends its session cookie along); a click on the notification itself opens the task.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: "Docket", body: event.data ? event.data.text() : "" };
  }
  const actions = data.taskNumber ? [{ action: "done", title: "Done" }, { action: "snooze", title: "Snooze 1 hour" }] : [];
  event.waitUntil(
    self.registration.showNotification(data.title || "Docket", {
      body: data.body || "",
      tag: data.tag,
      data,
      actions,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
    }),
  );
});

async function act(path, method, body) {
  const response = await fetch(path, { method, credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`Docket answered ${response.status}`);
}

async function openDocket(url) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
  if (open) {
    await open.focus();
    return open.navigate(url);
  }
  return self.clients.openWindow(url);
}

self.addEventListener("notificationclick", (event) => {
  const data = event.notification.data || {};
  event.notification.close();
  if (event.action === "done" && data.taskNumber) {
    event.waitUntil(act(`/api/v1/tasks/${data.taskNumber}`, "PATCH", { completed: true }).catch(() => openDocket(data.url || "/")));
  } else if (event.action === "snooze" && data.taskNumber) {
    event.waitUntil(act(`/api/v1/tasks/${data.taskNumber}/snooze`, "POST", { minutes: 60 }).catch(() => openDocket(data.url || "/")));
  } else {
    event.waitUntil(openDocket(data.url || "/"));
  }
});
