import { randomBytes } from "node:crypto";
import type { BoundedMap } from "../recording/bounded-map.js";
import type { ImageRequest } from "../contract/image-request.js";
import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import { previewSize, renderImage } from "../replies/render-image.js";

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
export function handleImageGeneration(request: ImageRequest, options: ImageGenerationOptions): DevResponse {
  if (request.stream === true) {
    return openAiError(400, {
      message: "The dev gateway does not simulate streamed image generation; leave 'stream' unset or false.",
      type: "invalid_request_error",
      code: "unsupported_value",
      param: "stream",
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
