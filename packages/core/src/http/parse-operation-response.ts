import type { z } from "zod";
import type { ResultMeta } from "../results/result-meta.js";
import { classifyErrorEnvelope, isErrorEnvelope } from "../errors/classify-http-error.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import type { OperationDefinition } from "../operations/operation-definition.js";
import { parseJsonBody } from "./parse-json-body.js";

/**
 * Parses an answer and checks it with the operation's tolerant schema: only fields the core reads must be
 * there. The parsed JSON itself is returned, not zod's deep copy of it: response schemas only check (no
 * transforms, no defaults), so the two are equal, and skipping the copy spares the garbage collector on
 * every call. A 2xx body that is an error envelope instead of a result is reported as the error it carries.
 */
export function parseOperationResponse<T>(operation: OperationDefinition, text: string, meta: ResultMeta, schema: z.ZodType = operation.response): T {
  const json = parseJsonBody(text, meta.requestId, meta.status);
  const result = schema.safeParse(json);
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
