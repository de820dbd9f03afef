import type { OperationId } from "@crazyrouter/core";
import type { ResponseView } from "../schema/apply-response-view.js";

/**
 * The answer fields each Coze tool shows the model. Coze passes on only declared fields, so these are also the
 * fields a workflow can map to later nodes. Image bytes (`b64_json`) are left out: a few megabytes of base64 in a
 * tool result would swamp the model. Embedding vectors are picked in their number-list form, the one the gateway
 * sends unless base64 is asked for.
 */
export const COZE_RESPONSE_VIEWS: Readonly<Record<OperationId, ResponseView>> = {
  chat_completions: {
    id: true,
    model: true,
    choices: { fields: { message: { fields: { role: true, content: true } }, finish_reason: true } },
    usage: { fields: { prompt_tokens: true, completion_tokens: true, total_tokens: true } },
  },
  embeddings: {
    model: true,
    data: { fields: { index: true, embedding: { variant: "array", itemType: "number" } } },
    usage: { fields: { prompt_tokens: true, total_tokens: true } },
  },
  image_generation: {
    data: { fields: { url: true, revised_prompt: true } },
  },
  list_models: {
    data: { fields: { id: true, owned_by: true } },
  },
};
