import { jsonResponse, type DevResponse } from "./dev-response.js";

export interface OpenAiErrorFields {
  message: string;
  type: string;
  code: string | null;
  param?: string | null;
}

/** An error in OpenAI's envelope `{"error":{message,type,param,code}}`, which every client knows how to read. */
export function openAiError(status: number, fields: OpenAiErrorFields, headers: Record<string, string> = {}): DevResponse {
  return jsonResponse(status, { error: { message: fields.message, type: fields.type, param: fields.param ?? null, code: fields.code } }, headers);
}

/** The 404 the gateway answers for a path it does not serve (a missing or doubled `/v1`, a typo). */
export function invalidUrlError(method: string, path: string): DevResponse {
  return openAiError(404, { message: `Invalid URL (${method} ${path})`, type: "invalid_request_error", code: null });
}

export function modelNotAllowedError(model: string): DevResponse {
  return openAiError(403, {
    message: `this key is not allowed to use model ${model}`,
    type: "permission_error",
    code: "model_not_allowed",
    param: "model",
  });
}

export function modelNotFoundError(model: string): DevResponse {
  return openAiError(404, {
    message: `The model \`${model}\` does not exist or you do not have access to it.`,
    type: "invalid_request_error",
    code: "model_not_found",
    param: "model",
  });
}
