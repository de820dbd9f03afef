/**
 * The Coze "Create from API" import rules (DESIGN.md), one test per rule, over every generated file as written.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { operations, requestJsonSchema } from "@crazyrouter/core";
import type { OperationObject } from "openapi3-ts/oas30";
import { describe, expect, it } from "vitest";
import { generatedDocuments } from "./testing/generated-documents.js";
import { unknownOpenApi30Keys } from "./testing/openapi-30-keys.js";
import { walkSchemas, walkValues, type Node } from "./testing/walk-schemas.js";

const documents = generatedDocuments();
const ASCII = /^[\x20-\x7E]*$/;

/** The documents are plain parsed JSON; rules read them as such. */
function plain<T = Node>(value: unknown): T {
  return value as T;
}

function operationsOf(document: (typeof documents)[number]["document"]): Array<{ at: string; operation: OperationObject }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (["get", "post", "put", "delete", "patch"] as const).flatMap((method) => {
      const operation = item[method];
      return operation ? [{ at: `${method.toUpperCase()} ${path}`, operation }] : [];
    }),
  );
}

function mediaTypes(content: unknown): Array<[string, Node]> {
  return Object.entries((content ?? {}) as Record<string, Node>);
}

it("generates the four files", () => {
  expect(documents.map((entry) => entry.fileName)).toEqual(["crazyrouter.yaml", "crazyrouter.json", "crazyrouter-cn.yaml", "crazyrouter-cn.json"]);
});

describe.each(documents)("$fileName", ({ fileName, document }) => {
  it("file name ends in .yaml or .json (Coze rejects .yml)", () => {
    expect(fileName).toMatch(/\.(yaml|json)$/);
  });

  it("is OpenAPI 3.0.x", () => {
    expect(document.openapi).toMatch(/^3\.0\.\d+$/);
  });

  it("uses no OpenAPI 3.1 / JSON Schema 2019+ syntax (type lists, examples, const, $schema)", () => {
    for (const { at, schema } of walkSchemas(document)) {
      expect(Array.isArray(schema.type), `${at} type list`).toBe(false);
      for (const keyword of ["examples", "const", "$schema", "$defs", "prefixItems", "propertyNames", "unevaluatedProperties"]) {
        expect(keyword in schema, `${at} ${keyword}`).toBe(false);
      }
    }
    expect(walkValues(document).filter(({ key }) => key === "$schema" || key === "jsonSchemaDialect" || key === "webhooks")).toEqual([]);
  });

  it("has no unknown non-x- keys in any object (OpenAPI 3.0 fields per object kind)", () => {
    expect(unknownOpenApi30Keys(document)).toEqual([]);
  });

  it("declares exactly one server: absolute https URL with a domain, no variables, no trailing slash", () => {
    expect(document.servers).toHaveLength(1);
    const server = document.servers?.[0];
    expect(server?.variables).toBeUndefined();
    const url = new URL(server?.url ?? "");
    expect(url.protocol).toBe("https:");
    expect(url.hostname).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/);
    expect(server?.url).not.toMatch(/\/$/);
    expect(server?.url).not.toMatch(/[{}?#]/);
  });

  it("has no $ref under paths (every schema inline)", () => {
    expect(walkValues(document.paths).filter(({ key }) => key === "$ref")).toEqual([]);
  });

  it("has no oneOf / anyOf / allOf / not", () => {
    for (const { at, schema } of walkSchemas(document)) {
      for (const keyword of ["oneOf", "anyOf", "allOf", "not"]) expect(keyword in schema, `${at} ${keyword}`).toBe(false);
    }
  });

  it("gives every schema node one explicit type", () => {
    const types = new Set(["string", "number", "integer", "boolean", "object", "array"]);
    for (const { at, schema } of walkSchemas(document)) expect(types.has(schema.type as string), `${at} type ${String(schema.type)}`).toBe(true);
  });

  it("gives every array an items schema", () => {
    for (const { at, schema } of walkSchemas(document)) {
      if (schema.type === "array") expect(typeof schema.items === "object" && schema.items !== null, at).toBe(true);
    }
  });

  it("has no additionalProperties in any form", () => {
    expect(walkValues(document).filter(({ key }) => key === "additionalProperties")).toEqual([]);
  });

  it("has no format", () => {
    for (const { at, schema } of walkSchemas(document)) expect("format" in schema, at).toBe(false);
  });

  it("gives each operation an operationId of [A-Za-z0-9_], at most 30 chars, unique, and the core's distinctive toolName", () => {
    const ids = operationsOf(document).map(({ operation }) => operation.operationId ?? "");
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_]+$/);
      expect(id.length).toBeLessThanOrEqual(30);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(operations.map((operation) => operation.toolName));
  });

  it("gives each operation a summary: present, ASCII, at most 600 chars", () => {
    for (const { at, operation } of operationsOf(document)) {
      expect(operation.summary, at).toMatch(/\w/);
      expect(operation.summary, at).toMatch(ASCII);
      expect(operation.summary?.length, at).toBeLessThanOrEqual(600);
    }
  });

  it("has an info.title of at most 30 letters, digits, _ and spaces", () => {
    expect(document.info.title).toMatch(/^[A-Za-z0-9_ ]{1,30}$/);
  });

  it("has an info.description: present, ASCII, at most 600 chars", () => {
    expect(document.info.description).toMatch(/\w/);
    expect(document.info.description).toMatch(ASCII);
    expect(document.info.description?.length).toBeLessThanOrEqual(600);
  });

  it("gives each request body exactly one media type, application/json, with type object", () => {
    const withBody = operationsOf(document).filter(({ operation }) => operation.requestBody);
    expect(withBody.length).toBeGreaterThan(0);
    for (const { at, operation } of withBody) {
      const content = mediaTypes(plain(operation.requestBody).content);
      expect(
        content.map(([mediaType]) => mediaType),
        at,
      ).toEqual(["application/json"]);
      expect(content[0]?.[1].schema, at).toMatchObject({ type: "object" });
    }
  });

  it("keeps parameter and property descriptions ASCII and at most 300 chars", () => {
    for (const { at, schema, isProperty } of walkSchemas(document)) {
      if (!isProperty || schema.description === undefined) continue;
      expect(schema.description, at).toMatch(ASCII);
      expect((schema.description as string).length, at).toBeLessThanOrEqual(300);
    }
    for (const { at, operation } of operationsOf(document)) {
      for (const parameter of plain<Node[]>(operation.parameters ?? [])) {
        expect(String(parameter.description ?? ""), at).toMatch(ASCII);
        expect(String(parameter.description ?? "").length, at).toBeLessThanOrEqual(300);
      }
    }
  });

  it("declares no Authorization parameter or field anywhere (Coze's auth dialog sets it)", () => {
    for (const { at, operation } of operationsOf(document)) {
      for (const parameter of plain<Node[]>(operation.parameters ?? [])) expect(String(parameter.name).toLowerCase(), at).not.toBe("authorization");
    }
    for (const { at, schema } of walkSchemas(document)) {
      const names = Object.keys((schema.properties ?? {}) as Node).map((name) => name.toLowerCase());
      expect(names, at).not.toContain("authorization");
    }
    expect(document.components?.securitySchemes).toBeUndefined();
    expect(document.security).toBeUndefined();
  });

  it("answers only 200 (or default), with one media type application/json and type object", () => {
    for (const { at, operation } of operationsOf(document)) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, at).toContain("200");
      expect(
        statuses.every((status) => status === "200" || status === "default"),
        at,
      ).toBe(true);
      const content = mediaTypes((operation.responses["200"] as Node).content);
      expect(
        content.map(([mediaType]) => mediaType),
        at,
      ).toEqual(["application/json"]);
      expect(content[0]?.[1].schema, at).toMatchObject({ type: "object" });
    }
  });

  it("declares every response field non-nullable", () => {
    for (const { at, schema, inResponse } of walkSchemas(document)) {
      if (!inResponse) continue;
      expect("nullable" in schema, at).toBe(false);
      expect(schema.type, at).not.toBe("null");
    }
  });

  it("offers no streaming (no stream fields, no event-stream answers)", () => {
    for (const { at, schema } of walkSchemas(document)) {
      for (const operation of operations) {
        for (const field of operation.streamingFields) expect(Object.keys((schema.properties ?? {}) as Node), at).not.toContain(field);
      }
    }
    expect(JSON.stringify(document)).not.toContain("text/event-stream");
  });

  it("restates enums, defaults and limits in the descriptions the model reads", () => {
    for (const { at, schema, inResponse } of walkSchemas(document)) {
      if (inResponse) continue;
      const description = String(schema.description ?? "");
      if (Array.isArray(schema.enum)) expect(description, at).toContain(`One of: ${schema.enum.join(", ")}.`);
      if (schema.default !== undefined) expect(description, at).toContain(`Default: ${String(schema.default)}`);
      for (const bound of [schema.minimum, schema.maximum, schema.maxLength, schema.minItems, schema.maxItems]) {
        if (typeof bound === "number") expect(description, at).toContain(String(bound));
      }
      if (typeof schema.minLength === "number" && schema.minLength > 1) expect(description, at).toContain(String(schema.minLength));
    }
  });

  it("derives every request field from the core (nothing added by hand)", () => {
    for (const operation of operations) {
      const core = requestJsonSchema(operation);
      const path = document.paths[operation.path]?.[operation.method.toLowerCase() as "get" | "post"];
      const schema = plain<{ content?: Record<string, Node> } | undefined>(path?.requestBody)?.content;
      const fields = Object.keys((schema?.["application/json"]?.schema as Node | undefined)?.properties ?? {});
      expect(
        fields.every((field) => field in ((core?.properties ?? {}) as Node)),
        operation.id,
      ).toBe(true);
    }
  });

  it("passes a standard OpenAPI 3.0 validator", async () => {
    const result = await new Validator().validate(plain(structuredClone(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

it("writes the same document as YAML and as JSON", () => {
  const byName = new Map(documents.map((entry) => [entry.fileName, entry.document]));
  expect(byName.get("crazyrouter.yaml")).toEqual(byName.get("crazyrouter.json"));
  expect(byName.get("crazyrouter-cn.yaml")).toEqual(byName.get("crazyrouter-cn.json"));
});
