import { Validator } from "@seriousme/openapi-schema-validator";
import type { OpenAPIObject } from "openapi3-ts/oas30";
import { describe, expect, it } from "vitest";
import { unknownOpenApi30Keys } from "./openapi-30-keys.js";
import { walkSchemas } from "./walk-schemas.js";

// The rule tests only mean something if their checks can fail: each is shown a document that breaks its rule.
const broken = {
  openapi: "3.0.3",
  info: { title: "Broken", version: "v1", summary: "3.1 only" },
  paths: {
    "/x": {
      post: {
        operationId: "x",
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { a: { const: "z", $schema: "y" }, b: { type: "array", items: { anyOf: [{ type: "string" }] } } } },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
} as unknown as OpenAPIObject;

describe("rule checks", () => {
  it("flag keys OpenAPI 3.0 does not define, per object kind", () => {
    expect(unknownOpenApi30Keys(broken)).toEqual([
      '#/info: "summary" is not an OpenAPI 3.0 info field',
      '#/paths//x/post/requestBody/content/application/json/schema/properties/a: "const" is not an OpenAPI 3.0 schema field',
      '#/paths//x/post/requestBody/content/application/json/schema/properties/a: "$schema" is not an OpenAPI 3.0 schema field',
    ]);
  });

  it("reach nested schemas inside items and unions", () => {
    const pointers = walkSchemas(broken).map((visit) => visit.at.replace("#/paths//x/post/requestBody/content/application/json/schema", ""));
    expect(pointers).toEqual(["", "/properties/a", "/properties/b", "/properties/b/items", "/properties/b/items/anyOf/0"]);
  });

  it("use a validator that rejects an invalid OpenAPI 3.0 document", async () => {
    const result = await new Validator().validate({ openapi: "3.0.3", info: { title: "No version" }, paths: {} });
    expect(result.valid).toBe(false);
  });
});
