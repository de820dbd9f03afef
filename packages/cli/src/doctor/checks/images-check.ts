import { DEFAULT_IMAGE_MODEL } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

/** Step 7: one image, only with --images because it costs far more than the other checks. */
export const imagesCheck: DoctorCheck = {
  id: "images",
  title: (context) => `Image generation (${context.options.imageModel})`,
  async run(context) {
    if (!context.options.images) return { status: "skip", detail: "skipped: an image costs more than every other check together; add --images to run it." };
    const client = context.client;
    if (!client) return { status: "skip", detail: "no client (the key check did not pass)." };
    try {
      // No size or response_format: some image models reject them, and the defaults are what most clients send.
      const result = await client.generateImage({ model: context.options.imageModel, prompt: "A small red circle on a white background", n: 1 });
      const image = result.images[0];
      if (!image?.url && !image?.b64Json) {
        return {
          status: "fail",
          detail: "the answer held no image (neither url nor b64_json).",
          fix: `Try ${DEFAULT_IMAGE_MODEL} or qwen-image; report it with the request id.`,
          requestId: result.meta.requestId,
        };
      }
      const form = image.url
        ? `a link (${image.url.length > 60 ? `${image.url.slice(0, 57)}...` : image.url})`
        : `inline base64 (${Math.round((image.b64Json?.length ?? 0) * 0.75)} bytes)`;
      return { status: "pass", detail: `one image as ${form}.`, requestId: result.meta.requestId };
    } catch (error) {
      return outcomeFromError(error);
    }
  },
};
