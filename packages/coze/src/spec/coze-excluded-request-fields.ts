import type { OperationId } from "@crazyrouter/core";

/**
 * Request fields a Coze tool leaves out on top of what is dropped by structure (streaming fields, record fields).
 * Function calling (`tools` and what goes with it) is the Coze agent's own job: a tool that runs a second tool loop
 * inside one call could not hand the calls back. `response_format.json_schema` needs a free-form schema Coze cannot
 * type. Images: the Coze tool shows the model image links, so it never asks for base64 bytes, and leaving the
 * field unset is what the models that reject `response_format` need.
 */
export const COZE_EXCLUDED_REQUEST_FIELDS: Readonly<Partial<Record<OperationId, readonly string[]>>> = {
  chat_completions: [
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "messages[].tool_calls",
    "messages[].tool_call_id",
    "response_format.json_schema",
  ],
  image_generation: ["response_format"],
};

/**
 * Request fields a Coze tool always sends with one value. Embeddings: the model reads vectors as number lists,
 * so the tool asks for float and never for base64, which its answer schema could not describe.
 */
export const COZE_PINNED_REQUEST_FIELDS: Readonly<Partial<Record<OperationId, Readonly<Record<string, string>>>>> = {
  embeddings: { encoding_format: "float" },
};
