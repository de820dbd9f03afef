import type { jsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/types.js";

/**
 * The SDK's server builds an Ajv instance per server only to validate elicitation answers. This server never
 * elicits, and over HTTP it builds a server per request, so it passes this instead of paying for Ajv each time.
 */
export const noElicitationValidator: jsonSchemaValidator = {
  getValidator() {
    throw new Error("crazyrouter-mcp does not use elicitation, so it validates no client-supplied JSON Schema");
  },
};
