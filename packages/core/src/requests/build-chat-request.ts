import { chatCompletionsOperation, type ChatCompletionRequest } from "../operations/chat-completions.js";
import { validateRequest } from "../validation/validate-request.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { dropUnsetFields } from "./drop-unset-fields.js";
import { jsonSchemaProblem } from "./json-schema-problem.js";
import { mergeExtraBody } from "./merge-extra-body.js";
import { applyReasoningModelRule } from "./reasoning-request-rule.js";
import type { RequestWarning } from "./request-warning.js";

export interface BuiltRequest {
  body: Record<string, unknown>;
  warnings: RequestWarning[];
}

export interface ChatRequestMode {
  stream: boolean;
  extraBody?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The one canonical Chat Completions body for a logical call, whichever platform asks: unset fields dropped,
 * validated as given (a bad value is an error even where the model would not get it), `stop` always a list, then
 * the reasoning-model rule applied (a json_schema reply format must hold a usable JSON Schema), and for streams `stream: true` with usage in the last chunk. Throws `invalid_input` before
 * anything is sent.
 */
export function buildChatRequest(request: ChatCompletionRequest, mode: ChatRequestMode): BuiltRequest {
  const { stream: _stream, stream_options: streamOptions, ...rest } = dropUnsetFields(request) as ChatCompletionRequest;
  const streaming = mode.stream ? { stream: true, stream_options: { include_usage: true, ...streamOptions } } : {};
  const validated = validateRequest(chatCompletionsOperation, { ...rest, ...streaming }) as Record<string, unknown> & { model: string };
  checkReplySchema(validated.response_format);
  // One stop sequence is a list of one, as one embeddings text is: the canonical body has one form per field.
  if (typeof validated.stop === "string") validated.stop = [validated.stop];
  const { request: body, warnings } = applyReasoningModelRule(validated);
  return { body: mergeExtraBody(body, mode.extraBody), warnings };
}

/** A json_schema reply format whose schema cannot describe any reply is refused before a paid call. */
function checkReplySchema(format: unknown): void {
  const { type, json_schema: jsonSchema } = (format ?? {}) as { type?: string; json_schema?: { schema?: unknown } };
  if (type !== "json_schema") return;
  const problem = jsonSchemaProblem(jsonSchema?.schema);
  if (!problem) return;
  const field = `response_format.json_schema.schema${problem[0]}`;
  throw new CrazyrouterError({
    code: "invalid_input",
    message: `Invalid ${chatCompletionsOperation.id}.${field}: ${problem[1]}.`,
    hint: "Correct the JSON Schema; nothing was sent to the gateway.",
    field,
  });
}
