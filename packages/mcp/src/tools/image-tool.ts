import { downloadImage, IMAGE_DOWNLOAD_TIMEOUT_MS, imageGenerationOperation } from "@crazyrouter/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { buildImageResult } from "../images/build-image-result.js";
import { storeGeneratedImage } from "../images/store-generated-image.js";
import { startProgressTicker } from "../progress/start-progress-ticker.js";
import { appendDescription } from "./append-description.js";
import { memoizeByKey } from "./memoize-by-key.js";
import { runTool } from "./run-tool.js";
import type { ToolContext } from "./tool-context.js";

const fields = imageGenerationOperation.request.shape;

function buildImageToolInputSchema(defaultModel: string) {
  return z.strictObject({
    prompt: fields.prompt,
    model: appendDescription(fields.model, `Default: ${defaultModel}.`).optional(),
    size: fields.size,
    n: fields.n,
    quality: fields.quality,
  });
}

/** The tool's arguments for a configured default model (built once per model). */
export const imageToolInputSchema = memoizeByKey(buildImageToolInputSchema);

export const imageToolOutputSchema = z.object({
  model: z.string().describe("The model that generated the images."),
  request_id: z.string().optional().describe("The gateway's request id, for support."),
  images: z
    .array(
      z.object({
        url: z.string().optional().describe("The gateway's link to the image, when it answered one."),
        path: z.string().optional().describe("Where the image was saved on this machine."),
        mime_type: z.string().optional(),
        bytes: z.number().optional().describe("Size of the image file."),
        inline: z.boolean().describe("Whether the image is also in this result as an image block."),
        revised_prompt: z.string().optional().describe("The prompt the model actually used."),
        error: z
          .string()
          .optional()
          .describe(
            "Why the image was not downloaded or saved (links to internal hosts, non-image or oversized files are refused); the URL may still open in a browser.",
          ),
      }),
    )
    .describe("One entry per generated image."),
});

export function registerImageTool(server: McpServer, context: ToolContext): void {
  const operation = imageGenerationOperation;
  const { config } = context;
  server.registerTool(
    operation.toolName,
    {
      title: operation.title,
      description: `${operation.summary} Images are saved to a folder on this machine; small ones are also shown inline.`,
      inputSchema: imageToolInputSchema(config.imageModel),
      outputSchema: imageToolOutputSchema,
      // Not read-only: it writes files into the output folder (never over an existing one).
      annotations: { title: operation.title, readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    },
    (input, extra) =>
      runTool(
        context,
        operation.toolName,
        async () => {
          const client = await context.gateway.client();
          const model = input.model ?? config.imageModel;
          const count = input.n ?? 1;
          const ticker = startProgressTicker(extra, `Generating ${count} image${count === 1 ? "" : "s"} with ${model}`);
          try {
            const result = await client.generateImage(
              { model, prompt: input.prompt, size: input.size, n: input.n, quality: input.quality },
              { signal: extra.signal },
            );
            ticker.update("Downloading and saving");
            const fetcher = await context.gateway.imageFetcher();
            // One deadline for all downloads of this call, on top of the client's cancellation.
            const signal = AbortSignal.any([extra.signal, AbortSignal.timeout(IMAGE_DOWNLOAD_TIMEOUT_MS)]);
            const download = (url: string) => downloadImage(url, { fetch: fetcher, gatewayBaseUrl: client.baseUrl, signal });
            let stored;
            try {
              stored = await Promise.all(
                result.images.map((image, index) =>
                  storeGeneratedImage(image, { directory: config.outputDir, prompt: input.prompt, index, signal: extra.signal, download }),
                ),
              );
            } finally {
              await fetcher.close();
            }
            return buildImageResult(stored, {
              model: result.meta.model ?? model,
              requestId: result.meta.requestId,
              inlineMaxBytes: config.inlineImageMaxBytes,
            });
          } finally {
            ticker.stop();
          }
        },
        "Ask for fewer images (n).",
      ),
  );
}
