import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { clipEchoed } from "../tools/clip-text.js";
import { ECHOED_TEXT_MAX_CHARS } from "../tools/result-budget.js";
import { formatBytes } from "./format-bytes.js";
import type { StoredImage } from "./store-generated-image.js";

export interface ImageResultFacts {
  model: string;
  requestId: string | undefined;
  /** Budget of base64 characters for all inline images together. */
  inlineMaxBytes: number;
}

/**
 * The text block (links, saved paths, why an image is not inline) comes first, then inline images while
 * they fit the budget. Big images are saved and linked, never inlined: Claude Desktop rejects results over
 * 1 MiB and a stdio message over 10 MB kills the connection.
 */
export function buildImageResult(images: readonly StoredImage[], facts: ImageResultFacts): CallToolResult {
  const lines = [
    `Generated ${images.length} image${images.length === 1 ? "" : "s"} with ${facts.model}${facts.requestId ? ` (request ${facts.requestId})` : ""}.`,
  ];
  const inline: CallToolResult["content"] = [];
  let budget = facts.inlineMaxBytes;
  const structured = images.map((stored, index) => {
    // Links, prompts and reasons come from the gateway's answer: a hostile one must not blow up the result.
    const echo = (text: string | undefined) => (text === undefined ? undefined : clipEchoed(text, ECHOED_TEXT_MAX_CHARS));
    const image = { ...stored, url: echo(stored.url), error: echo(stored.error), revisedPrompt: echo(stored.revisedPrompt) };
    lines.push(`Image ${index + 1}:`);
    if (image.url) lines.push(`- URL: ${image.url}`);
    if (image.path) lines.push(`- Saved to: ${image.path} (${formatBytes(image.data?.byteLength ?? 0)}, ${image.mimeType})`);
    if (image.error) lines.push(image.url ? `- Not downloaded: ${image.error}. Open the URL yourself if you trust it.` : `- Not saved: ${image.error}.`);
    let shownInline = false;
    if (image.data && image.mimeType) {
      const base64Length = Math.ceil(image.data.byteLength / 3) * 4;
      if (base64Length <= budget) {
        inline.push({ type: "image", data: Buffer.from(image.data).toString("base64"), mimeType: image.mimeType });
        budget -= base64Length;
        shownInline = true;
        lines.push("- Shown inline below.");
      } else {
        lines.push(
          `- Not shown inline: ${formatBytes(base64Length)} as base64 is over the ${formatBytes(facts.inlineMaxBytes)} inline limit (CRAZYROUTER_INLINE_IMAGE_MAX_BYTES); open the saved file${image.url ? " or the URL" : ""}.`,
        );
      }
    }
    if (image.revisedPrompt) lines.push(`- Revised prompt: ${image.revisedPrompt}`);
    return {
      url: image.url,
      path: image.path,
      mime_type: image.mimeType,
      bytes: image.data?.byteLength,
      inline: shownInline,
      revised_prompt: image.revisedPrompt,
      error: image.error,
    };
  });
  return {
    content: [{ type: "text", text: lines.join("\n") }, ...inline],
    structuredContent: { model: facts.model, request_id: facts.requestId, images: structured },
  };
}
