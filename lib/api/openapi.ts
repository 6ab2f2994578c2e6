import { z } from "zod";
import { chatRequestSchema, chatResponseSchema } from "@/lib/assistant/schemas";
import { conversationPatchSchema, conversationSchema, conversationWithMessagesSchema } from "@/lib/conversations/schemas";
import { errorBodySchema } from "@/lib/errors";
import { labelPatchSchema, labelSchema, newLabelSchema } from "@/lib/labels/schemas";
import { listPatchSchema, listQuerySchema, listSchema, newListSchema } from "@/lib/lists/schemas";
import { newTaskSchema, taskPatchSchema, taskSchema } from "@/lib/tasks/schemas";
import { calendarTokenSchema, markReadSchema, notificationsSchema, pushKeySchema, pushSubscriptionSchema, pushUnsubscribeSchema, snoozeResultSchema, snoozeSchema } from "@/lib/reminders/schemas";
import { mePatchSchema, meSchema } from "@/lib/users/schemas";
import { taskListParamsSchema } from "./task-query";

// Every shape below is imported from the schemas the routes parse and answer with.

const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};
const json = (s: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(s, io) } });
const ok = (description: string, s: z.ZodType) => ({ description, content: json(s) });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: code === 429 ? "#/components/responses/RateLimited" : "#/components/responses/Error" }]));
// Every endpoint with a caller counts against the API limit; writes can be refused for size or origin.
const read = (...codes: number[]) => errors(401, 429, ...codes);
const write = (...codes: number[]) => errors(400, 401, 403, 413, 429, ...codes);
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 }, description: "Task number" };
const uuidParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const listIdParam = { ...uuidParam, description: "List id (another user's, or a malformed one, is not found)" };
const labelIdParam = { ...uuidParam, description: "Label id (another user's, or a malformed one, is not found)" };

function queryParams(s: z.ZodObject) {
  const shape = schema(s, "input") as { properties: Record<string, object>; required?: string[] };
  return Object.entries(shape.properties).map(([name, p]) => ({ name, in: "query", required: shape.required?.includes(name) ?? false, schema: p }));
}

/** The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the routes parse with. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: { title: "Docket API", version: "1.0.0", description: "Tasks, lists, labels, conversations and the assistant. Authenticate with `Authorization: Bearer <api key>` (create keys in Settings) or the session cookie." },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key (dk_…)" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      responses: {
        Error: { description: "An error in the one shape of every endpoint", content: json(errorBodySchema) },
        RateLimited: {
          description: "Too many requests: wait the number of seconds in Retry-After",
          headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
          content: json(errorBodySchema),
        },
      },
    },
    paths: {
      "/api/v1/tasks": {
        get: {
          operationId: "listTasks",
          summary: "List tasks",
          parameters: queryParams(taskListParamsSchema),
          responses: { "200": ok("A page of tasks", z.object({ tasks: z.array(taskSchema), next_cursor: z.string().nullable() })), ...read(400) },
        },
        post: {
          operationId: "createTask",
          summary: "Create a task",
          requestBody: { required: true, content: json(newTaskSchema, "input") },
          responses: { "201": ok("The new task", taskSchema), ...write() },
        },
      },
      "/api/v1/tasks/{id}": {
        parameters: [idParam],
        get: { operationId: "getTask", summary: "Get a task", responses: { "200": ok("The task", taskSchema), ...read(404) } },
        patch: {
          operationId: "updateTask",
          summary: "Change a task",
          requestBody: { required: true, content: json(taskPatchSchema, "input") },
          responses: { "200": ok("The changed task", taskSchema), ...write(404) },
        },
        delete: {
          operationId: "deleteTask",
          summary: "Move a task to the trash, or with permanent=true delete it from the trash for good",
          parameters: [{ name: "permanent", in: "query", required: false, schema: { type: "string", enum: ["true", "false"] } }],
          responses: { "200": ok("The task, now in the trash", taskSchema), "204": { description: "Deleted for good" }, ...write(404) },
        },
      },
      "/api/v1/tasks/{id}/restore": {
        parameters: [idParam],
        post: { operationId: "restoreTask", summary: "Restore a task from the trash", responses: { "200": ok("The restored task", taskSchema), ...write(404) } },
      },
      "/api/v1/lists": {
        get: {
          operationId: "listLists",
          summary: "List lists, in their order (the Inbox is made on first use)",
          parameters: queryParams(listQuerySchema),
          responses: { "200": ok("The lists", z.object({ lists: z.array(listSchema) })), ...read(400) },
        },
        post: {
          operationId: "createList",
          summary: "Create a list (last in the order)",
          requestBody: { required: true, content: json(newListSchema, "input") },
          responses: { "201": ok("The new list", listSchema), ...write(409) },
        },
      },
      "/api/v1/lists/{id}": {
        parameters: [listIdParam],
        get: { operationId: "getList", summary: "Get a list", responses: { "200": ok("The list", listSchema), ...read(404) } },
        patch: {
          operationId: "updateList",
          summary: "Rename, recolour, archive or reorder a list (after_id/before_id); the Inbox keeps its name and is never archived",
          requestBody: { required: true, content: json(listPatchSchema, "input") },
          responses: { "200": ok("The changed list", listSchema), ...write(404, 409) },
        },
        delete: {
          operationId: "deleteList",
          summary: "Move a list and its tasks to the trash (not the Inbox)",
          responses: { "200": ok("The list, now in the trash", listSchema), ...write(404) },
        },
      },
      "/api/v1/lists/{id}/restore": {
        parameters: [listIdParam],
        post: {
          operationId: "restoreList",
          summary: "Restore a list from the trash with the tasks trashed with it; a taken name gets “ (restored)”",
          responses: { "200": ok("The restored list", listSchema), ...write(404) },
        },
      },
      "/api/v1/labels": {
        get: { operationId: "listLabels", summary: "List labels, alphabetically", responses: { "200": ok("The labels", z.object({ labels: z.array(labelSchema) })), ...read() } },
        post: {
          operationId: "createLabel",
          summary: "Create a label",
          requestBody: { required: true, content: json(newLabelSchema, "input") },
          responses: { "201": ok("The new label", labelSchema), ...write(409) },
        },
      },
      "/api/v1/labels/{id}": {
        parameters: [labelIdParam],
        get: { operationId: "getLabel", summary: "Get a label", responses: { "200": ok("The label", labelSchema), ...read(404) } },
        patch: {
          operationId: "updateLabel",
          summary: "Rename (on every task) or recolour a label",
          requestBody: { required: true, content: json(labelPatchSchema, "input") },
          responses: { "200": ok("The changed label", labelSchema), ...write(404, 409) },
        },
        delete: { operationId: "deleteLabel", summary: "Delete a label: its tasks lose it, nothing else", responses: { "204": { description: "Deleted" }, ...write(404) } },
      },
      "/api/v1/conversations": {
        get: { operationId: "listConversations", summary: "List conversations", responses: { "200": ok("Conversations, newest first", z.object({ conversations: z.array(conversationSchema) })), ...read() } },
      },
      "/api/v1/conversations/{id}": {
        parameters: [uuidParam],
        get: { operationId: "getConversation", summary: "A conversation with its messages", responses: { "200": ok("The conversation", conversationWithMessagesSchema), ...read(404) } },
        patch: {
          operationId: "renameConversation",
          summary: "Rename a conversation",
          requestBody: { required: true, content: json(conversationPatchSchema, "input") },
          responses: { "200": ok("The renamed conversation", conversationSchema), ...write(404) },
        },
        delete: { operationId: "deleteConversation", summary: "Delete a conversation", responses: { "204": { description: "Deleted" }, ...write(404) } },
      },
      "/api/v1/me": {
        get: { operationId: "getMe", summary: "The signed-in user's profile", responses: { "200": ok("The profile", meSchema), ...read() } },
        patch: {
          operationId: "updateMe",
          summary: "Change the time zone, locale or name (a new zone keeps every due's wall-clock time)",
          requestBody: { required: true, content: json(mePatchSchema, "input") },
          responses: { "200": ok("The profile", meSchema), ...write() },
        },
      },
      "/api/v1/tasks/{id}/snooze": {
        parameters: [idParam],
        post: {
          operationId: "snoozeTask",
          summary: "Remind about a task again in some minutes",
          requestBody: { required: true, content: json(snoozeSchema, "input") },
          responses: { "200": ok("When the reminder comes again", snoozeResultSchema), ...write(404) },
        },
      },
      "/api/v1/notifications": {
        get: { operationId: "listNotifications", summary: "Reminders and summaries, newest first, with the unread count", responses: { "200": ok("Notifications", notificationsSchema), ...read() } },
      },
      "/api/v1/notifications/read": {
        post: {
          operationId: "markNotificationsRead",
          summary: "Mark one notification read, or all of them",
          requestBody: { required: true, content: json(markReadSchema, "input") },
          responses: { "204": { description: "Marked read" }, ...write(404) },
        },
      },
      "/api/v1/push/key": {
        get: { operationId: "getPushKey", summary: "The public key browsers subscribe to push messages with", security: [], responses: { "200": ok("The VAPID public key", pushKeySchema) } },
      },
      "/api/v1/push/subscriptions": {
        post: {
          operationId: "subscribePush",
          summary: "Send this browser's notifications (a PushSubscription) to the caller",
          requestBody: { required: true, content: json(pushSubscriptionSchema, "input") },
          responses: { "204": { description: "Subscribed" }, ...write() },
        },
        delete: {
          operationId: "unsubscribePush",
          summary: "Stop sending notifications to a browser",
          requestBody: { required: true, content: json(pushUnsubscribeSchema, "input") },
          responses: { "204": { description: "Unsubscribed" }, ...write() },
        },
      },
      "/api/v1/push/test": {
        post: { operationId: "sendTestNotification", summary: "Send a test notification to the app and every subscribed browser", responses: { "204": { description: "Sent" }, ...write() } },
      },
      "/api/v1/calendar/token": {
        post: { operationId: "rotateCalendarFeed", summary: "Create (or rotate) the private iCalendar feed URL", responses: { "201": ok("The new URL, shown once", calendarTokenSchema), ...write() } },
        delete: { operationId: "revokeCalendarFeed", summary: "Revoke the calendar feed URL", responses: { "204": { description: "Revoked" }, ...write() } },
      },
      "/api/v1/calendar/{token}.ics": {
        get: {
          operationId: "getCalendarFeed",
          summary: "Dated tasks as iCalendar (subscribe from Google, Apple or Outlook Calendar); the token is the credential",
          security: [],
          parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "The calendar", content: { "text/calendar": { schema: { type: "string" } } } }, ...errors(404, 429) },
        },
      },
      "/api/v1/chat": {
        post: {
          operationId: "chat",
          summary: "One assistant turn (counts against the chat limit too)",
          requestBody: { required: true, content: json(chatRequestSchema, "input") },
          responses: { "200": ok("The reply and the tools it used", chatResponseSchema), ...write(404, 502, 504) },
        },
      },
    },
  };
}
