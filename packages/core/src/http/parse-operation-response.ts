import type { z } from "zod";
import type { ResultMeta } from "../results/result-meta.js";
import { classifyErrorEnvelope, isErrorEnvelope } from "../errors/classify-http-error.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import type { OperationDefinition } from "../operations/operation-definition.js";
import type { JsonSchema } from "../operations/request-json-schema.js";
import responseJsonSchemas from "../operations/response-json-schemas.json" with { type: "json" };
import { matchesJsonSchema } from "../validation/matches-json-schema.js";
import { parseJsonBody } from "./parse-json-body.js";

/**
 * Parses an answer and checks it with the operation's tolerant schema: only fields the core reads must be
 * there. The parsed JSON itself is returned, not zod's deep copy of it: response schemas only check (no
 * transforms, no defaults), so the two are equal, and skipping the copy spares the garbage collector on
 * every call. A 2xx body that is an error envelope instead of a result is reported as the error it carries.
 *
 * An answer that zod's own JSON Schema of the operation's answer accepts is returned without building or running
 * zod: building the schema and compiling its parser cost a one-shot call (`crazyrouter models`) more than the
 * rest of reading the answer. Every answer that check does not accept goes to zod, which decides as before.
 */
export function parseOperationResponse<T>(operation: OperationDefinition, text: string, meta: ResultMeta, schema?: z.ZodType): T {
  const json = parseJsonBody(text, meta.requestId, meta.status);
  const answerJsonSchema = schema ? undefined : (responseJsonSchemas as Partial<Record<string, JsonSchema>>)[operation.id];
  if (answerJsonSchema && matchesJsonSchema(json, answerJsonSchema)) return json as T;
  const result = (schema ?? operation.response).safeParse(json);
  if (result.success) return json as T;
  if (isErrorEnvelope(json)) throw classifyErrorEnvelope({ bodyText: text, status: meta.status, requestId: meta.requestId, where: "answer" });
  const issue = result.error.issues[0];
  throw new CrazyrouterError({
    code: "invalid_response",
    message: `The gateway's ${operation.title.toLowerCase()} answer is missing ${issue?.path.join(".") || "expected fields"}.`,
    hint: FIX_HINTS.invalid_response,
    status: meta.status,
    requestId: meta.requestId,
  });
}
