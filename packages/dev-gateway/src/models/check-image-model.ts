import type { ImageRequest } from "../contract/image-request.js";
import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import type { ImageModelFacts, ImageSizeRule } from "./model-catalogue.js";
import { quoteList } from "../http/quote-list.js";

function invalid(param: string, message: string, code = "invalid_value"): DevResponse {
  return openAiError(400, { message, type: "invalid_request_error", code, param });
}

function sizeAccepted(size: string, rule: ImageSizeRule): boolean {
  if (rule.kind === "list") return rule.sizes.includes(size);
  if (size === "auto") return true;
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) return false;
  const [width, height] = [Number(match[1]), Number(match[2])];
  return (
    width > 0 &&
    height > 0 &&
    width % rule.multipleOf === 0 &&
    height % rule.multipleOf === 0 &&
    Math.max(width, height) <= rule.maxEdge &&
    width * height <= rule.maxPixels &&
    Math.max(width, height) / Math.min(width, height) <= rule.maxRatio
  );
}

function sizeRuleText(rule: ImageSizeRule): string {
  if (rule.kind === "list") return `Supported values are: ${quoteList(rule.sizes)}.`;
  return (
    `Use 'auto' or WIDTHxHEIGHT with both sides multiples of ${rule.multipleOf}, an aspect ratio within ` +
    `${rule.maxRatio}:1, at most ${rule.maxEdge} pixels on a side and ${rule.maxPixels} pixels in all.`
  );
}

/**
 * What an image model refuses: `response_format` on GPT image models and qwen-image ("Unknown parameter", as
 * OpenAI answers for gpt-image-*), more images than it makes per request, a longer prompt or a size it does not
 * render, where the reference states those limits.
 */
export function checkImageModel(request: ImageRequest, facts: ImageModelFacts): DevResponse | undefined {
  if (request.response_format != null && facts.refusesResponseFormat) {
    return invalid("response_format", "Unknown parameter: 'response_format'.", "unknown_parameter");
  }
  if (request.n != null && request.n > facts.maxImages) {
    return invalid(
      "n",
      `Invalid 'n': integer above maximum value. Expected a value <= ${facts.maxImages}, but got ${request.n} instead.`,
      "integer_above_max_value",
    );
  }
  if (facts.maxPromptLength !== undefined && request.prompt.length > facts.maxPromptLength) {
    return invalid(
      "prompt",
      `Invalid 'prompt': string too long. Expected a string with maximum length ${facts.maxPromptLength}, but got a string with length ${request.prompt.length} instead.`,
      "string_above_max_length",
    );
  }
  if (request.size != null && facts.sizes && !sizeAccepted(request.size, facts.sizes)) {
    return invalid("size", `Invalid value: '${request.size}'. ${sizeRuleText(facts.sizes)}`);
  }
  return undefined;
}
