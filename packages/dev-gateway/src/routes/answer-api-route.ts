import { checkModelAccess } from "./check-model-access.js";
import type { ApiRoute } from "../contract/api-routes.js";
import { chatCompletionRequestSchema } from "../contract/chat-completion-request.js";
import { modelFacts } from "../models/model-catalogue.js";
import { contractError } from "../contract/contract-error.js";
import { embeddingRequestSchema } from "../contract/embedding-request.js";
import { DEFAULT_IMAGE_REQUEST_MODEL, imageRequestSchema } from "../contract/image-request.js";
import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import type { GatewayState } from "../gateway-state.js";
import { handleChatCompletions } from "./handle-chat-completions.js";
import { handleEmbeddings } from "./handle-embeddings.js";
import { handleImageGeneration } from "./handle-image-generation.js";
import { handleListModels } from "./handle-list-models.js";
import { handleRetrieveModel } from "./handle-retrieve-model.js";
import { checkChatModel } from "../models/check-chat-model.js";
import { checkEmbeddingModel } from "../models/check-embedding-model.js";
import { checkImageModel } from "../models/check-image-model.js";
import { modelObject } from "../models/model-object.js";
import { servedModel } from "../models/served-model.js";
import { openAiError } from "../http/openai-error.js";
import { MAX_STREAM_CHUNKS } from "../replies/split-reply.js";

export interface RouteContext {
  state: GatewayState;
  /** A `fault-*` model: it exists, passes the whitelist and has no model rules. */
  faultModel: boolean;
  /** The json-stream fault: answer a stream request with one JSON completion. */
  streamAsJson: boolean;
  /** `x-dev-gateway-stream-chunks`, unparsed. */
  chunkHeader: string | undefined;
  /** `x-dev-gateway-image-size: real`. */
  realImageSize: boolean;
}

/** Parse options: zod keeps the offending value on each issue, so the 400 can say what it got. */
const PARSE = { reportInput: true } as const;

function chunkCountError(): DevResponse {
  return openAiError(400, {
    message: `x-dev-gateway-stream-chunks must be an integer from 1 to ${MAX_STREAM_CHUNKS}`,
    type: "invalid_request_error",
    code: "invalid_value",
  });
}

/** The body without the vendor fields its model's family takes (see ChatModelFacts.vendorFields), for the contract. */
function withoutVendorFields(body: Record<string, unknown>): Record<string, unknown> {
  const facts = typeof body.model === "string" ? modelFacts(body.model) : undefined;
  const vendorFields = facts?.kind === "chat" ? (facts.vendorFields ?? []) : [];
  if (vendorFields.length === 0) return body;
  return Object.fromEntries(Object.entries(body).filter(([field]) => !vendorFields.includes(field)));
}

/**
 * A route's answer in the real gateway's order: the key's whitelist and the model's existence first (the
 * gateway routes by model before anything reads the body), then the request contract, then whether the model
 * serves this route and what it refuses, then the simulated answer.
 */
export function answerApiRoute(route: ApiRoute, body: Record<string, unknown>, context: RouteContext): DevResponse {
  const { state, faultModel } = context;
  const gate = (model: unknown) => (faultModel || typeof model !== "string" || model === "" ? undefined : checkModelAccess(model, state));

  switch (route.id) {
    case "list_models":
      return handleListModels(state.models, state.allowedModels);
    case "retrieve_model":
      return faultModel ? jsonResponse(200, modelObject(route.model)) : handleRetrieveModel(route.model, state.models, state.allowedModels);
    case "chat_completions": {
      const denied = gate(body.model);
      if (denied) return denied;
      const parsed = chatCompletionRequestSchema.safeParse(withoutVendorFields(body), PARSE);
      if (!parsed.success) return contractError(parsed.error, "unrecognized_argument");
      let reasoningField: "reasoning_content" | "reasoning" | undefined;
      if (!faultModel) {
        const served = servedModel("chat", parsed.data.model, state.models);
        if (!served.ok) return served.error;
        const refused = served.facts && checkChatModel(parsed.data, served.facts);
        if (refused) return refused;
        reasoningField = served.facts?.sharesReasoning;
      }
      const chunkCount = context.chunkHeader === undefined ? undefined : Number(context.chunkHeader);
      if (chunkCount !== undefined && !(Number.isInteger(chunkCount) && chunkCount >= 1 && chunkCount <= MAX_STREAM_CHUNKS)) {
        return chunkCountError();
      }
      const chatRequest = context.streamAsJson ? { ...parsed.data, stream: false } : parsed.data;
      return handleChatCompletions(chatRequest, { chunkCount, reasoningField });
    }
    case "embeddings": {
      const denied = gate(body.model);
      if (denied) return denied;
      const parsed = embeddingRequestSchema.safeParse(body, PARSE);
      if (!parsed.success) return contractError(parsed.error, "unrecognized_argument");
      let nativeDimensions: number | undefined;
      if (!faultModel) {
        const served = servedModel("embedding", parsed.data.model, state.models);
        if (!served.ok) return served.error;
        const refused = served.facts && checkEmbeddingModel(parsed.data, served.facts);
        if (refused) return refused;
        nativeDimensions = served.facts?.dimensions;
      }
      return handleEmbeddings(parsed.data, state.embeddings, nativeDimensions);
    }
    case "image_generation": {
      // The reference's default model when a request names none.
      const denied = gate(body.model ?? DEFAULT_IMAGE_REQUEST_MODEL);
      if (denied) return denied;
      const parsed = imageRequestSchema.safeParse(body, PARSE);
      if (!parsed.success) return contractError(parsed.error, "unknown_parameter");
      if (!faultModel) {
        const served = servedModel("image", parsed.data.model ?? DEFAULT_IMAGE_REQUEST_MODEL, state.models);
        if (!served.ok) return served.error;
        const refused = served.facts && checkImageModel(parsed.data, served.facts);
        if (refused) return refused;
      }
      return handleImageGeneration(parsed.data, { gatewayUrl: state.url, realSize: context.realImageSize, images: state.images });
    }
  }
}
