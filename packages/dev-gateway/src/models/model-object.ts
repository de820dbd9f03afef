import { modelOwner } from "./model-owner.js";

/** A fixed timestamp keeps the listing byte-for-byte stable across runs (snapshot-friendly). */
const MODEL_CREATED = 1_767_225_600;

/** OpenAI's model object, as `GET /v1/models` lists it and `GET /v1/models/{id}` answers it. */
export function modelObject(id: string): { id: string; object: "model"; created: number; owned_by: string } {
  return { id, object: "model", created: MODEL_CREATED, owned_by: modelOwner(id) };
}
