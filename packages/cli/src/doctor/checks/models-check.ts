import { DEFAULT_CHAT_MODEL, FIX_HINTS } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

const SHOWN_MODELS = 8;

/** Step 3: `GET /models`, and whether the models the later steps call are in the key's list. */
export const modelsCheck: DoctorCheck = {
  id: "models",
  title: () => "Model list (GET /models)",
  async run(context) {
    const client = context.client;
    if (!client) return { status: "skip", detail: "no client (the key check did not pass)." };
    let result: Awaited<ReturnType<typeof client.listModels>>;
    try {
      result = await client.listModels();
    } catch (error) {
      const outcome = outcomeFromError(error);
      // The first gateway call: if it times out, every later one would wait as long.
      if (outcome.code === "timeout") outcome.stopReason = "the gateway did not answer GET /models in time; later checks would wait as long.";
      return outcome;
    }
    const ids = result.ids;
    context.modelIds = ids;
    const { chatModel, embeddingModel, imageModel, images } = context.options;
    const required = [chatModel, embeddingModel, ...(images ? [imageModel] : [])];
    const missing = required.filter((model) => !ids.includes(model));
    const imageMissing = !images && !ids.includes(imageModel);
    const sample = `${ids.slice(0, SHOWN_MODELS).join(", ")}${ids.length > SHOWN_MODELS ? `, ... (${ids.length} in all)` : ""}`;
    if (ids.length === 0) {
      return {
        status: "fail",
        detail: "the key may call no model at all.",
        fix: `Add models to the key's whitelist in the Crazyrouter dashboard (start with ${DEFAULT_CHAT_MODEL}).`,
        requestId: result.meta.requestId,
      };
    }
    if (missing.length > 0) {
      return {
        status: "fail",
        detail: `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not in this key's list of ${ids.length} models.`,
        fix: `${FIX_HINTS.forbidden_model} This key may use: ${sample}. Or choose with --model / --embedding-model / --image-model.`,
        requestId: result.meta.requestId,
        code: "forbidden_model",
      };
    }
    const present = `${required.join(", ")} ${required.length === 1 ? "is" : "are"} in the key's list of ${ids.length} models`;
    if (imageMissing) {
      return {
        status: "warn",
        detail: `${present}; the image model ${imageModel} is not (not needed unless you generate images).`,
        fix: `Allow ${imageModel} on the key, or pick one it has with --image-model.`,
        requestId: result.meta.requestId,
      };
    }
    return { status: "pass", detail: `${present}.`, requestId: result.meta.requestId };
  },
};
