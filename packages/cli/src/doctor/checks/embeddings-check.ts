import { EMBEDDING_MODEL_DIMENSIONS } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

/** Only the v3 models accept `dimensions`; others answer 400, so they are checked at their native length. */
function acceptsDimensions(model: string): boolean {
  return model.startsWith("text-embedding-3");
}

/** Step 6: one embedding whose length is the one asked for (or the model's native length). */
export const embeddingsCheck: DoctorCheck = {
  id: "embeddings",
  title: (context) => `Embeddings (${context.options.embeddingModel})`,
  async run(context) {
    const client = context.client;
    if (!client) return { status: "skip", detail: "no client (the key check did not pass)." };
    const model = context.options.embeddingModel;
    const dimensions = acceptsDimensions(model) ? context.options.dimensions : undefined;
    const expected = dimensions ?? EMBEDDING_MODEL_DIMENSIONS[model];
    try {
      const result = await client.embed({ model, input: "crazyrouter doctor", ...(dimensions === undefined ? {} : { dimensions }) });
      const requestId = result.requests[0]?.requestId;
      const length = result.embeddings[0]?.length ?? 0;
      const asked = dimensions === undefined ? "the model's native length" : `dimensions=${dimensions}`;
      if (length === 0) return { status: "fail", detail: "the answer held no vector.", fix: "Report it with the request id.", requestId };
      if (expected !== undefined && length !== expected) {
        return {
          status: "fail",
          detail: `asked for ${asked} (${expected}), got a vector of ${length}.`,
          fix: "The route ignores `dimensions`: vectors of another length break a vector index built for this one. Use text-embedding-3-small or -large, or drop dimensions in your client.",
          requestId,
        };
      }
      const length_ =
        expected === undefined ? `a vector of ${length} (this model's length is not known to the CLI)` : `a vector of ${length}, as asked (${asked})`;
      return { status: "pass", detail: `${length_}.`, requestId };
    } catch (error) {
      return outcomeFromError(error);
    }
  },
};
