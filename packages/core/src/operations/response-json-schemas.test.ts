import { expect, it } from "vitest";
import { operations } from "./operations.js";
import { responseJsonSchema } from "./request-json-schema.js";

// The client checks well-formed answers against these JSON Schemas without building zod (see
// parseOperationResponse). They are zod's own conversion of the answer schemas, kept as data; this keeps them so.
// After changing an answer schema: `pnpm exec vitest run packages/core/src/operations/response-json-schemas.test.ts -u`.
it("response-json-schemas.json is zod's JSON Schema of every operation's answer", async () => {
  const schemas = Object.fromEntries(operations.map((operation) => [operation.id, responseJsonSchema(operation)]));
  await expect(`${JSON.stringify(schemas, null, 2)}\n`).toMatchFileSnapshot("./response-json-schemas.json");
});
