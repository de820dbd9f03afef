import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import { modelObject } from "../models/model-object.js";

/** Answers `GET /v1/models`: only the models this key may use, as the real gateway does. */
export function handleListModels(models: readonly string[], allowedModels: readonly string[] | undefined): DevResponse {
  const visible = allowedModels ? models.filter((model) => allowedModels.includes(model)) : models;
  return jsonResponse(200, { object: "list", data: visible.map(modelObject) });
}
