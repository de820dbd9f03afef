import { describe, expect, it } from "vitest";
import { operations } from "./operations.js";
import { requestJsonSchema, responseJsonSchema } from "./request-json-schema.js";

describe("requestJsonSchema", () => {
  it("describes every request field and states limits as JSON Schema keywords", () => {
    for (const operation of operations) {
      const schema = requestJsonSchema(operation);
      if (!operation.request) {
        expect(schema).toBeUndefined();
        continue;
      }
      const properties = schema?.properties as Record<string, { description?: string }>;
      for (const [name, property] of Object.entries(properties)) {
        expect(property.description, `${operation.id}.${name}`).toMatch(/\w/);
      }
    }
    const chat = requestJsonSchema(operations[0]);
    const temperature = (chat?.properties as Record<string, Record<string, unknown>>).temperature;
    expect(temperature).toMatchObject({ type: "number", minimum: 0, maximum: 2 });
    expect(chat?.required).toEqual(["model", "messages"]);
  });

  it("describes answers", () => {
    for (const operation of operations) expect(responseJsonSchema(operation).type).toBe("object");
  });
});
