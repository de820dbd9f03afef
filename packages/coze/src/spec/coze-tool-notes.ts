import type { OperationId } from "@crazyrouter/core";

/** What a Coze tool does differently from the core operation, appended to the summary the model reads. */
export const COZE_TOOL_NOTES: Readonly<Partial<Record<OperationId, string>>> = {
  image_generation: "In this tool the answer holds image links only (data[].url), never base64 bytes; pick a model that returns URLs.",
};
