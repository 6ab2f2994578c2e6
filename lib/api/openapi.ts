import { z } from "zod";
import { conversationTitleSchema, messageTextSchema } from "@/lib/conversations/schemas";
import { newTaskSchema, taskPatchSchema } from "@/lib/tasks/schemas";
import { taskListParamsSchema } from "./task-query";

// Wire shapes (DESIGN §4) as zod, so the document and the code share one definition of inputs.
const taskSchema = z.object({
  id: z.number().int().describe("The per-user task number"),
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  completed_at: z.iso.datetime().nullable(),
  deleted_at: z.iso.datetime().nullable(),
});
const conversationSchema = z.object({ id: z.uuid(), title: z.string(), created_at: z.iso.datetime(), updated_at: z.iso.datetime() });
const toolCallSchema = z.object({ tool: z.string(), arguments: z.record(z.string(), z.unknown()), result: z.unknown() });
const messageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  tool_calls: z.array(toolCallSchema),
  status: z.enum(["complete", "stopped", "error"]),
  created_at: z.iso.datetime(),
});
const errorSchema = z.object({
  error: z.object({
    code: z.enum(["invalid_input", "unauthorized", "forbidden_origin", "not_found", "payload_too_large", "rate_limited", "internal", "model_unavailable", "database_unavailable", "model_timeout"]),
    message: z.string(),
    request_id: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
const chatBodySchema = z.strictObject({
  conversation_id: z.uuid().optional(),
  message: messageTextSchema,
  timezone: z.string().optional().describe("IANA timezone, default UTC"),
});

const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};
const json = (s: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(s, io) } });
const ok = (description: string, s: z.ZodType) => ({ description, content: json(s) });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/Error` }]));
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 }, description: "Task number" };
const uuidParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

function queryParams(s: z.ZodObject) {
  const shape = schema(s, "input") as { properties: Record<string, object>; required?: string[] };
  return Object.entries(shape.properties).map(([name, p]) => ({ name, in: "query", required: shape.required?.includes(name) ?? false, schema: p }));
}

/** The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the routes parse with. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: { title: "Docket API", version: "1.0.0", description: "Tasks, conversations and the assistant. Authenticate with `Authorization: Bearer <api key>` (create keys in Settings) or the session cookie." },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key (dk_…)" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      responses: { Error: { description: "An error in the one shape of every endpoint", content: json(errorSchema) } },
    },
    paths: {
      "/api/v1/tasks": {
        get: {
          summary: "List tasks",
          parameters: queryParams(taskListParamsSchema),
          responses: { "200": ok("A page of tasks", z.object({ tasks: z.array(taskSchema), next_cursor: z.string().nullable() })), ...errors(400, 401, 429) },
        },
        post: {
          summary: "Create a task",
          requestBody: { required: true, content: json(newTaskSchema, "input") },
          responses: { "201": ok("The new task", taskSchema), ...errors(400, 401, 403, 413, 429) },
        },
      },
      "/api/v1/tasks/{id}": {
        parameters: [idParam],
        get: { summary: "Get a task", responses: { "200": ok("The task", taskSchema), ...errors(401, 404) } },
        patch: {
          summary: "Change a task",
          requestBody: { required: true, content: json(taskPatchSchema, "input") },
          responses: { "200": ok("The changed task", taskSchema), ...errors(400, 401, 403, 404) },
        },
        delete: {
          summary: "Move a task to the trash, or with permanent=true delete it from the trash for good",
          parameters: [{ name: "permanent", in: "query", required: false, schema: { type: "string", enum: ["true", "false"] } }],
          responses: { "200": ok("The task, now in the trash", taskSchema), "204": { description: "Deleted for good" }, ...errors(400, 401, 403, 404) },
        },
      },
      "/api/v1/tasks/{id}/restore": {
        parameters: [idParam],
        post: { summary: "Restore a task from the trash", responses: { "200": ok("The restored task", taskSchema), ...errors(401, 403, 404) } },
      },
      "/api/v1/conversations": {
        get: { summary: "List conversations", responses: { "200": ok("Conversations, newest first", z.object({ conversations: z.array(conversationSchema) })), ...errors(401) } },
      },
      "/api/v1/conversations/{id}": {
        parameters: [uuidParam],
        get: { summary: "A conversation with its messages", responses: { "200": ok("The conversation", conversationSchema.extend({ messages: z.array(messageSchema) })), ...errors(401, 404) } },
        patch: {
          summary: "Rename a conversation",
          requestBody: { required: true, content: json(z.strictObject({ title: conversationTitleSchema }), "input") },
          responses: { "200": ok("The renamed conversation", conversationSchema), ...errors(400, 401, 403, 404) },
        },
        delete: { summary: "Delete a conversation", responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404) } },
      },
      "/api/v1/chat": {
        post: {
          summary: "One assistant turn",
          requestBody: { required: true, content: json(chatBodySchema, "input") },
          responses: {
            "200": ok("The reply and the tools it used", z.object({ conversation_id: z.uuid(), response: z.string(), tool_calls: z.array(toolCallSchema) })),
            ...errors(400, 401, 403, 404, 429, 502, 504),
          },
        },
      },
    },
  };
}
