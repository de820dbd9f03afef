import { jsonResponse, type DevResponse } from "./dev-response.js";
import { modelOwner } from "./model-owner.js";

/** A fixed timestamp keeps the listing byte-for-byte stable across runs (snapshot-friendly). */
const MODEL_CREATED = 1_767_225_600;

/** Answers `GET /v1/models`: only the models this key may use, as the real gateway does. */
export function handleListModels(models: readonly string[], allowedModels: readonly string[] | undefined): DevResponse {
  const visible = allowedModels ? models.filter((model) => allowedModels.includes(model)) : models;
  return jsonResponse(200, {
    object: "list",
    data: visible.map((id) => ({ id, object: "model", created: MODEL_CREATED, owned_by: modelOwner(id) })),
  });
}
