import { describe, expect, it } from "vitest";
import { pinSchemaFields } from "./pin-schema-fields.js";

const schema = { type: "object", properties: { encoding_format: { type: "string", enum: ["float", "base64"] }, model: { type: "string" } } };

describe("pinSchemaFields", () => {
  it("fixes a field to one value that Coze fills in", () => {
    expect(pinSchemaFields(schema, { encoding_format: "float" }).properties).toEqual({
      encoding_format: { type: "string", enum: ["float"], default: "float" },
      model: { type: "string" },
    });
  });

  it("refuses a missing field or a value the core does not allow", () => {
    expect(() => pinSchemaFields(schema, { format: "float" })).toThrow(/no such field/);
    expect(() => pinSchemaFields(schema, { encoding_format: "hex" })).toThrow(/not one of/);
  });
});
