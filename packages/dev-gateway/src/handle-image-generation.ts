import { randomBytes } from "node:crypto";
import type { imageGenerationOperation } from "@crazyrouter/core";
import type { z } from "zod";
import type { BoundedMap } from "./bounded-map.js";
import { jsonResponse, type DevResponse } from "./dev-response.js";
import { openAiError } from "./openai-error.js";
import { previewSize, renderImage } from "./render-image.js";

export type ImageGenerationRequest = z.output<typeof imageGenerationOperation.request>;

/** Models that, like some real upstreams, reject the `response_format` field outright. */
const MODELS_WITHOUT_RESPONSE_FORMAT = new Set(["qwen-image"]);
const DEFAULT_SIZE = 1024;
/** Real gateways accept a handful of sizes; this bound keeps a noise image within memory reason. */
const MAX_SIDE = 4096;

export interface ImageGenerationOptions {
  /** Root URL of the gateway, for `data[].url`. */
  gatewayUrl: string;
  /** `x-dev-gateway-image-size: real`: render the full requested size with noise. */
  realSize: boolean;
  images: BoundedMap<string, Buffer>;
}

/** Answers `POST /v1/images/generations` with real PNGs, as links served by the gateway or as base64. */
export function handleImageGeneration(request: ImageGenerationRequest, options: ImageGenerationOptions): DevResponse {
  if (request.response_format !== undefined && MODELS_WITHOUT_RESPONSE_FORMAT.has(request.model)) {
    return openAiError(400, {
      message: "response_format is not supported for this model",
      type: "invalid_request_error",
      code: "invalid_value",
      param: "response_format",
    });
  }
  const match = /^(\d+)x(\d+)$/.exec(request.size ?? "auto");
  const width = match ? Number(match[1]) : DEFAULT_SIZE;
  const height = match ? Number(match[2]) : DEFAULT_SIZE;
  if (width > MAX_SIDE || height > MAX_SIDE) {
    return openAiError(400, {
      message: `Invalid size ${width}x${height}: the dev gateway renders at most ${MAX_SIDE}x${MAX_SIDE}.`,
      type: "invalid_request_error",
      code: "invalid_value",
      param: "size",
    });
  }
  const rendered = options.realSize ? { width, height } : previewSize(width, height);
  const data = Array.from({ length: request.n ?? 1 }, (_, variant) => {
    const png = renderImage(request.prompt, rendered.width, rendered.height, { noise: options.realSize, variant });
    const revised_prompt = `${request.prompt} (dev gateway)`;
    if (request.response_format === "b64_json") return { b64_json: png.toString("base64"), revised_prompt };
    const id = `img_${randomBytes(9).toString("base64url")}`;
    options.images.set(id, png);
    return { url: `${options.gatewayUrl}/__dev/images/${id}.png`, revised_prompt };
  });
  return jsonResponse(200, { created: Math.floor(Date.now() / 1000), data });
}
