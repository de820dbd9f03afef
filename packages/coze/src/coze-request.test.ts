import type { OpenAPIObject } from "openapi3-ts/oas30";
import { describe, expect, it } from "vitest";
import { cozeRequestFor } from "./coze-request.js";

const spec: OpenAPIObject = {
  openapi: "3.0.3",
  info: { title: "T", version: "v1" },
  servers: [{ url: "https://example.com/v1" }],
  paths: {
    "/things": {
      post: {
        operationId: "make_thing",
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { name: { type: "string" }, size: { type: "integer", default: 2 } } },
            },
          },
        },
        responses: {},
      },
    },
    "/list": { get: { operationId: "list_things", responses: {} } },
  },
};

describe("cozeRequestFor", () => {
  it("sends only declared top-level fields and fills declared defaults", () => {
    expect(cozeRequestFor(spec, "make_thing", { name: "a", extra: true })).toEqual({
      method: "POST",
      path: "/v1/things",
      body: { name: "a", size: 2 },
    });
  });

  it("keeps a given value over the default and sends no body for GET", () => {
    expect(cozeRequestFor(spec, "make_thing", { name: "a", size: 5 }).body).toEqual({ name: "a", size: 5 });
    expect(cozeRequestFor(spec, "list_things", {})).toEqual({ method: "GET", path: "/v1/list", body: undefined });
  });

  it("throws for an unknown operation", () => {
    expect(() => cozeRequestFor(spec, "nope", {})).toThrow(/no operation nope/);
  });
});
