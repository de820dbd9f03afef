import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import { modelObject } from "../models/model-object.js";
import { modelNotFoundError } from "../http/openai-error.js";

/**
 * Answers `GET /v1/models/{id}`: the model object, or 404 model_not_found for a model that does not exist or that
 * the key's whitelist leaves out (the listing hides those too, so this answer does not reveal them).
 */
export function handleRetrieveModel(id: string, models: readonly string[], allowedModels: readonly string[] | undefined): DevResponse {
  const visible = models.includes(id) && (!allowedModels || allowedModels.includes(id));
  return visible ? jsonResponse(200, modelObject(id)) : modelNotFoundError(id);
}
