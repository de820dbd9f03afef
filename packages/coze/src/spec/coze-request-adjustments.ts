import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, type OperationId } from "@crazyrouter/core";

/**
 * How a Coze tool's inputs differ from the core operation's request, as data. Fields are paths (`a.b`, `list[].c`);
 * every path must exist in the core's schema, so a rename there fails the build.
 */
export interface CozeRequestAdjustments {
  /** The fields the tool offers, in the order the model sees them; everything else the core knows is left out. */
  readonly keep: readonly string[];
  /** Fields Coze fills with a default when the model leaves them out (they stop being required). */
  readonly defaults?: Readonly<Record<string, string>>;
  /** Enum values the tool keeps; a field narrowed to one value is always sent with it. */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Descriptions that promise only what Coze can carry, where the core's would promise more. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

/**
 * - Chat: the tool offers what every chat model takes, because Coze cannot drop a field for the model that refuses
 *   it (as the core does for the other platforms): no sampling fields (reasoning models such as the default
 *   gpt-5.4 refuse temperature, top_p and the penalties), no stop, n, seed or reasoning_effort (refused by some
 *   models each), and the reply limit only as max_completion_tokens (reasoning models refuse max_tokens; the
 *   gateway reads max_completion_tokens for every model). Function calling is the Coze agent's own job: a tool that
 *   ran a second tool loop inside one call could not hand the calls back, and a reply made only of tool calls has no
 *   text. `json_schema` needs a free-form schema Coze cannot type, so `response_format` offers text and
 *   json_object. Coze converts every value to its declared type, so a list of parts given for the text `content`
 *   would reach the gateway as the text of that list: the tool carries text only and says so.
 * - Embeddings: Coze refuses a single text for a list field ("value 'input' is not array"), so the description asks
 *   for a list; vectors come back as numbers the model can read, never base64.
 * - Images: the model sees image links only, so the tool never asks for base64 bytes, and leaving
 *   `response_format` unset is what the models that refuse it need; quality values differ per model family, so the
 *   model's own default applies.
 * - Defaults: the model never sees a default, but Coze fills it in, so the shortest correct call names no model.
 */
export const COZE_REQUEST_ADJUSTMENTS: Readonly<Partial<Record<OperationId, CozeRequestAdjustments>>> = {
  chat_completions: {
    keep: ["model", "messages[].role", "messages[].content", "max_completion_tokens", "response_format.type"],
    defaults: { model: DEFAULT_CHAT_MODEL },
    enums: { "messages[].role": ["system", "user", "assistant"], "response_format.type": ["text", "json_object"] },
    descriptions: {
      model: `Model id, for example ${DEFAULT_CHAT_MODEL}, claude-sonnet-4-6 or gemini-3-pro-preview. Use one the key is allowed to call; leave it out for the default.`,
      "messages[].role": "Who wrote the message: system (instructions), user, or assistant (an earlier reply).",
      "messages[].content": "The message text. This tool carries text only; images cannot be attached.",
      max_completion_tokens: "Upper bound on tokens in the reply (for reasoning models, thinking included). Works with every model.",
      "response_format.type": "text, or json_object for any JSON (then also ask for JSON in a message).",
    },
  },
  embeddings: {
    keep: ["model", "input", "dimensions", "encoding_format"],
    defaults: { model: DEFAULT_EMBEDDING_MODEL },
    enums: { encoding_format: ["float"] },
    descriptions: {
      input: 'The texts to embed, always as a list, also for one text: ["first text"]. One vector per text, same order.',
      encoding_format: "The vectors come back as lists of numbers.",
    },
  },
  image_generation: {
    keep: ["model", "prompt", "size", "n"],
  },
};
