import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, type OperationId } from "@crazyrouter/core";

/**
 * How a Coze tool's inputs differ from the core operation's request, as data. Fields are paths (`a.b`, `list[].c`);
 * every path must exist in the core's schema, so a rename there fails the build.
 */
export interface CozeRequestAdjustments {
  /** Fields the tool leaves out, on top of the streaming fields. */
  readonly omit?: readonly string[];
  /** Fields Coze fills with a default when the model leaves them out (they stop being required). */
  readonly defaults?: Readonly<Record<string, string>>;
  /** Enum values the tool keeps; a field narrowed to one value is always sent with it. */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Descriptions that promise only what Coze can carry, where the core's would promise more. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

/**
 * - Chat: function calling (`tools` and what goes with it) is the Coze agent's own job: a tool that ran a second
 *   tool loop inside one call could not hand the calls back, and a reply made only of tool calls has no text.
 *   `json_schema` needs a free-form schema Coze cannot type, so `response_format` offers text and json_object.
 *   Coze converts every value to its declared type, so a list of parts given for the text `content` would reach the
 *   gateway as the text of that list: the tool carries text only and says so. `stop` is a list, and Coze refuses a
 *   single text for it, so its description asks for a list.
 * - Embeddings: Coze refuses a single text for a list field ("value 'input' is not array"), so the description asks
 *   for a list; vectors come back as numbers the model can read, never base64.
 * - Images: the model sees image links only, so the tool never asks for base64 bytes, and leaving
 *   `response_format` unset is what the models that reject it need.
 * - Defaults: the model never sees a default, but Coze fills it in, so the shortest correct call names no model.
 */
export const COZE_REQUEST_ADJUSTMENTS: Readonly<Partial<Record<OperationId, CozeRequestAdjustments>>> = {
  chat_completions: {
    omit: ["tools", "tool_choice", "parallel_tool_calls", "messages[].tool_calls", "messages[].tool_call_id", "response_format.json_schema"],
    defaults: { model: DEFAULT_CHAT_MODEL },
    enums: { "response_format.type": ["text", "json_object"] },
    descriptions: {
      model: `Model id, for example ${DEFAULT_CHAT_MODEL}, claude-sonnet-4-6 or gemini-3-pro-preview. Use one the key is allowed to call; leave it out for the default.`,
      "messages[].content": "The message text. This tool carries text only; images cannot be attached.",
      stop: 'Sequences where the model stops writing, always as a list, also for one: ["END"].',
      "response_format.type": "text, or json_object for any JSON (then also ask for JSON in a message).",
    },
  },
  embeddings: {
    defaults: { model: DEFAULT_EMBEDDING_MODEL },
    enums: { encoding_format: ["float"] },
    descriptions: {
      input: 'The texts to embed, always as a list, also for one text: ["first text"]. One vector per text, same order.',
      encoding_format: "The vectors come back as lists of numbers.",
    },
  },
  image_generation: {
    omit: ["response_format"],
  },
};
