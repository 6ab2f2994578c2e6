import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(openApiDocument("http://localhost:3000"));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint of the API with the limits the code enforces", () => {
    const doc = openApiDocument("http://localhost:3000");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/calendar/token",
      "/api/v1/calendar/{token}.ics",
      "/api/v1/chat",
      "/api/v1/conversations",
      "/api/v1/conversations/{id}",
      "/api/v1/labels",
      "/api/v1/labels/{id}",
      "/api/v1/lists",
      "/api/v1/lists/{id}",
      "/api/v1/lists/{id}/restore",
      "/api/v1/me",
      "/api/v1/notifications",
      "/api/v1/notifications/read",
      "/api/v1/push/key",
      "/api/v1/push/subscriptions",
      "/api/v1/push/test",
      "/api/v1/tasks",
      "/api/v1/tasks/{id}",
      "/api/v1/tasks/{id}/restore",
      "/api/v1/tasks/{id}/snooze",
    ]);
    const create = doc.paths["/api/v1/tasks"].post.requestBody.content["application/json"].schema as any;
    expect(create.properties.title).toMatchObject({ type: "string", maxLength: 200 });
    expect(create.additionalProperties).toBe(false);
    const limit = doc.paths["/api/v1/tasks"].get.parameters.find((p) => p.name === "limit")!.schema as any;
    expect(limit).toMatchObject({ maximum: 100, default: 50 });
  });

  it("describes lists, labels and the organisation of tasks from the schemas the routes use", () => {
    const doc = openApiDocument("http://localhost:3000");
    const operations = Object.values(doc.paths).flatMap((path) => Object.entries(path).filter(([method]) => method !== "parameters").map(([, op]) => op as any));
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["listLists", "createList", "getList", "updateList", "deleteList", "restoreList", "listLabels", "createLabel", "getLabel", "updateLabel", "deleteLabel"]) {
      const op = operations.find((o) => o.operationId === id)!;
      expect(op.responses["429"], id).toEqual({ $ref: "#/components/responses/RateLimited" });
      if (!id.startsWith("get") && !id.startsWith("list")) expect(Object.keys(op.responses), id).toEqual(expect.arrayContaining(["400", "403", "413"]));
    }
    expect(Object.keys(doc.paths["/api/v1/lists"].post.responses)).toContain("409");
    expect(doc.paths["/api/v1/labels/{id}"].delete.responses).toHaveProperty("204");
    const list = doc.paths["/api/v1/lists/{id}"].get.responses["200"].content["application/json"].schema as any;
    expect(list.required).toEqual(expect.arrayContaining(["id", "name", "color", "position", "inbox", "archived", "pending_count"]));
    expect(list.properties.color.enum).toEqual(["gray", "red", "orange", "yellow", "green", "teal", "blue", "indigo", "purple", "pink"]);
    const task = doc.paths["/api/v1/tasks/{id}"].get.responses["200"].content["application/json"].schema as any;
    expect(task.required).toEqual(expect.arrayContaining(["list_id", "labels", "position"]));
    const patch = doc.paths["/api/v1/tasks/{id}"].patch.requestBody.content["application/json"].schema as any;
    expect(Object.keys(patch.properties)).toEqual(expect.arrayContaining(["list_id", "labels", "after_id", "before_id"]));
    const filters = doc.paths["/api/v1/tasks"].get.parameters.map((p) => p.name);
    expect(filters).toEqual(expect.arrayContaining(["list_id", "label", "q"]));
    expect((doc.paths["/api/v1/tasks"].get.parameters.find((p) => p.name === "sort")!.schema as any).enum).toContain("position");
  });
});

describe("the OpenAPI document's operations", () => {
  it("names every operation and lists 429 wherever a limit applies", () => {
    const doc = openApiDocument("http://localhost:3000");
    const operations = Object.values(doc.paths).flatMap((path) => Object.entries(path).filter(([method]) => method !== "parameters").map(([, op]) => op as { operationId?: string; responses: Record<string, unknown> }));
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Every operation with a caller counts against the API limit (the push key is public).
    for (const op of operations) if (op.operationId !== "getPushKey") expect(Object.keys(op.responses), op.operationId).toContain("429");
  });

  it("describes the task's due fields and the due filters from the same schemas the routes use", () => {
    const doc = openApiDocument("http://localhost:3000");
    const create = doc.paths["/api/v1/tasks"].post.requestBody.content["application/json"].schema as any;
    expect(Object.keys(create.properties)).toEqual(expect.arrayContaining(["due_string", "due_date", "due_time", "priority"]));
    const names = doc.paths["/api/v1/tasks"].get.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["due", "due_before", "due_after", "priority", "sort"]));
  });
});
