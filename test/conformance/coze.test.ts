/**
 * Coze conformance: for every vector, the request Coze would send from the generated spec is the request the
 * vector expects, the vector's body fits the spec's request schema, and the dev gateway's answer fits the spec's
 * `200` schema (so Coze can map every declared field).
 */
import { buildCozeSpec, cozeRequestFor } from "@crazyrouter/coze";
import { getOperation } from "@crazyrouter/core";
import { startDevGateway, type DevGateway } from "@crazyrouter/dev-gateway";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceVectors } from "./vectors.js";

const spec = buildCozeSpec("global");
// The spec's schemas are the plain OpenAPI 3.0 subset, which is also valid JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true });

type Schema = Record<string, unknown>;
type Spec = ReturnType<typeof buildCozeSpec>;
type OperationObject = NonNullable<Spec["paths"][string]["post"]>;

function operationObject(document: Spec, operationId: string): OperationObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.post]) if (operation?.operationId === operationId) return operation;
  }
  throw new Error(`no operation ${operationId}`);
}

function requestSchema(operation: OperationObject): Schema | undefined {
  const body = operation.requestBody as { content: Record<string, { schema: Schema }> } | undefined;
  return body?.content["application/json"]?.schema;
}

function responseSchema(operation: OperationObject): Schema {
  const ok = operation.responses["200"] as { content: Record<string, { schema: Schema }> };
  const schema = ok.content["application/json"]?.schema;
  if (!schema) throw new Error("no 200 JSON schema");
  return schema;
}

function check(schema: Schema, value: unknown): string {
  const validate = ajv.compile(schema);
  return validate(value) ? "" : ajv.errorsText(validate.errors);
}

let gateway: DevGateway;

beforeAll(async () => {
  gateway = await startDevGateway();
});

afterAll(async () => {
  await gateway?.close();
});

describe.each(conformanceVectors)("Coze: $name", (vector) => {
  const toolName = getOperation(vector.operation).toolName;
  const operation = operationObject(spec, toolName);

  it("sends the expected method, path and body", () => {
    const request = cozeRequestFor(spec, toolName, vector.input);
    expect(request).toEqual({ method: vector.expected.method, path: vector.expected.path, body: vector.expected.body });
  });

  it("accepts the expected body under the spec's request schema", () => {
    const schema = requestSchema(operation);
    if (vector.expected.body === undefined) return expect(schema).toBeUndefined();
    expect(schema).toBeDefined();
    expect(check(schema ?? {}, vector.expected.body)).toBe("");
  });

  it("describes the dev gateway's answer with the spec's 200 schema", async () => {
    const request = cozeRequestFor(spec, toolName, vector.input);
    const url = `${gateway.url}${request.path}`;
    const response = await fetch(url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${gateway.apiKey}`,
        ...(request.body ? { "content-type": "application/json" } : {}),
      },
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
    });
    expect(response.status).toBe(200);
    const answer: unknown = await response.json();
    expect(check(responseSchema(operation), answer)).toBe("");
  });
});
