/**
 * The upstream models' behaviour as the dev gateway plays it: which route each model serves and which request
 * fields it refuses. Written from OpenAI's API reference and the errors real models answer, and kept here on
 * purpose, apart from `@crazyrouter/core`'s model lists and reasoning-model rule: this simulator is the oracle
 * the platforms are tested against, so it must hold its own beliefs. If it imported core's, a wrong belief in
 * core (a model marked as taking `response_format` that refuses it, a reasoning model missed by core's
 * pattern) would be agreed with here and no test could catch it. When the two disagree, a test fails and
 * someone has to look at the real gateway: that is the point.
 */

export type ModelKind = "chat" | "embedding" | "image";

/** Sizes an image model accepts: a fixed list, or any WIDTHxHEIGHT within limits (gpt-image-2). */
export type ImageSizeRule =
  { kind: "list"; sizes: readonly string[] } | { kind: "free"; multipleOf: number; maxRatio: number; maxEdge: number; maxPixels: number };

export interface ChatModelFacts {
  kind: "chat";
  /**
   * o-series and gpt-5 models: they refuse `max_tokens` ("Use 'max_completion_tokens' instead"), a
   * `temperature` other than 1, and `top_p`, the penalties, `logprobs`, `top_logprobs` and `logit_bias`.
   */
  reasoning: boolean;
  /**
   * gpt-5.1 and later take `temperature`, `top_p` and logprobs again when `reasoning_effort` is `none`
   * (OpenAI's GPT-5.x guide); any other effort refuses them as above.
   */
  samplingWithoutReasoning: boolean;
  /**
   * OpenAI's older chat models (gpt-4o, gpt-4.1, ...) answer 400 "Unrecognized request argument supplied:
   * reasoning_effort"; other vendors' models behind the gateway take or ignore it.
   */
  refusesReasoningEffort: boolean;
  /**
   * Request fields the gateway reads for this vendor beyond OpenAI's reference and turns into the vendor's own
   * (Anthropic's extended `thinking` for Claude): accepted for these models only; OpenAI's models refuse them as
   * unknown arguments.
   */
  vendorFields?: readonly string[];
  /**
   * Models that share their reasoning answer with it, under the field their API uses: DeepSeek's
   * `reasoning_content`, or `reasoning` as vLLM, Groq and OpenRouter send it for gpt-oss.
   */
  sharesReasoning?: "reasoning_content" | "reasoning";
}

export interface EmbeddingModelFacts {
  kind: "embedding";
  /** Length of a vector when `dimensions` is not given. */
  dimensions: number;
  /** Whether `dimensions` may shorten the vectors (text-embedding-3 and later); others refuse the field. */
  shortens: boolean;
}

export interface ImageModelFacts {
  kind: "image";
  /** GPT image models and qwen-image answer 400 "Unknown parameter: 'response_format'." */
  refusesResponseFormat: boolean;
  /** Largest `n` (dall-e-3 makes one image per request). */
  maxImages: number;
  /** Longest prompt in characters, where the reference states it. */
  maxPromptLength?: number;
  /** Accepted `size` values, where the reference states them. */
  sizes?: ImageSizeRule;
}

export type ModelFacts = ChatModelFacts | EmbeddingModelFacts | ImageModelFacts;

const otherVendorChat: ChatModelFacts = { kind: "chat", reasoning: false, samplingWithoutReasoning: false, refusesReasoningEffort: false };
const classicOpenAiChat: ChatModelFacts = { kind: "chat", reasoning: false, samplingWithoutReasoning: false, refusesReasoningEffort: true };
const reasoningChat: ChatModelFacts = { kind: "chat", reasoning: true, samplingWithoutReasoning: false, refusesReasoningEffort: false };
const laterGpt5: ChatModelFacts = { kind: "chat", reasoning: true, samplingWithoutReasoning: true, refusesReasoningEffort: false };
const GPT_IMAGE_1_SIZES: ImageSizeRule = { kind: "list", sizes: ["auto", "1024x1024", "1536x1024", "1024x1536"] };

/**
 * Model families, each an id or a prefix that covers `<family>-...` and `<family>.…` (so `o3` covers `o3-mini`,
 * `gpt-5` covers `gpt-5.4` and `gpt-5-mini`); the longest matching family wins (`qwen-image` over `qwen`).
 */
export const MODEL_CATALOGUE: Readonly<Record<string, ModelFacts>> = {
  "gpt-3.5-turbo": classicOpenAiChat,
  "gpt-4": classicOpenAiChat,
  "gpt-4o": classicOpenAiChat,
  "chatgpt-4o-latest": classicOpenAiChat,
  o1: reasoningChat,
  o3: reasoningChat,
  "o4-mini": reasoningChat,
  "gpt-5": reasoningChat,
  "gpt-5.1": laterGpt5,
  "gpt-5.2": laterGpt5,
  "gpt-5.3": laterGpt5,
  "gpt-5.4": laterGpt5,
  "gpt-5.5": laterGpt5,
  claude: { ...otherVendorChat, vendorFields: ["thinking"] },
  gemini: otherVendorChat,
  deepseek: otherVendorChat,
  "deepseek-reasoner": { ...otherVendorChat, sharesReasoning: "reasoning_content" },
  "gpt-oss": { ...otherVendorChat, sharesReasoning: "reasoning" },
  qwen: otherVendorChat,
  "text-embedding-3-small": { kind: "embedding", dimensions: 1536, shortens: true },
  "text-embedding-3-large": { kind: "embedding", dimensions: 3072, shortens: true },
  "text-embedding-ada-002": { kind: "embedding", dimensions: 1536, shortens: false },
  "dall-e-2": {
    kind: "image",
    refusesResponseFormat: false,
    maxImages: 10,
    maxPromptLength: 1000,
    sizes: { kind: "list", sizes: ["256x256", "512x512", "1024x1024"] },
  },
  "dall-e-3": {
    kind: "image",
    refusesResponseFormat: false,
    maxImages: 1,
    maxPromptLength: 4000,
    sizes: { kind: "list", sizes: ["1024x1024", "1792x1024", "1024x1792"] },
  },
  "gpt-image-1": { kind: "image", refusesResponseFormat: true, maxImages: 10, maxPromptLength: 32_000, sizes: GPT_IMAGE_1_SIZES },
  "gpt-image-1.5": { kind: "image", refusesResponseFormat: true, maxImages: 10, maxPromptLength: 32_000, sizes: GPT_IMAGE_1_SIZES },
  "gpt-image-2": {
    kind: "image",
    refusesResponseFormat: true,
    maxImages: 10,
    maxPromptLength: 32_000,
    sizes: { kind: "free", multipleOf: 16, maxRatio: 3, maxEdge: 3840, maxPixels: 3840 * 2160 },
  },
  "qwen-image": { kind: "image", refusesResponseFormat: true, maxImages: 10 },
};

function covers(family: string, model: string): boolean {
  return model === family || model.startsWith(`${family}-`) || model.startsWith(`${family}.`);
}

/**
 * What the catalogue knows about a model id, or undefined for an id it does not know (a custom model added with
 * the `models` option): such a model is served on every route with no model rules, since the simulator cannot
 * tell what it is.
 */
export function modelFacts(model: string): ModelFacts | undefined {
  let best: string | undefined;
  for (const family of Object.keys(MODEL_CATALOGUE)) {
    if (covers(family, model) && (best === undefined || family.length > best.length)) best = family;
  }
  return best === undefined ? undefined : MODEL_CATALOGUE[best];
}
