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
      "/api/v1/chat",
      "/api/v1/conversations",
      "/api/v1/conversations/{id}",
      "/api/v1/tasks",
      "/api/v1/tasks/{id}",
      "/api/v1/tasks/{id}/restore",
    ]);
    const create = doc.paths["/api/v1/tasks"].post.requestBody.content["application/json"].schema as any;
    expect(create.properties.title).toMatchObject({ type: "string", maxLength: 200 });
    expect(create.additionalProperties).toBe(false);
    const limit = doc.paths["/api/v1/tasks"].get.parameters.find((p) => p.name === "limit")!.schema as any;
    expect(limit).toMatchObject({ maximum: 100, default: 50 });
  });
});
