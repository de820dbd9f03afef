/**
 * How large a tool result may be. Claude Desktop rejects results over 1 MiB and stdio clients drop the
 * connection past 10 MB (the SDK's read buffer), so text blocks and structuredContent together stay far below
 * (inline images have their own budget, CRAZYROUTER_INLINE_IMAGE_MAX_BYTES). Tools shape their own answers to
 * fit (a model list shows its first ids, a long reply is cut with a note); `capToolResult` is the backstop.
 */
export const RESULT_MAX_BYTES = 640 * 1024;

/** One copy of a chat reply; it appears twice (text block and structuredContent). */
export const CHAT_TEXT_MAX_BYTES = 256 * 1024;

/** Model ids listed in one result, and the bytes they may take (they appear twice too). */
export const LISTED_MODELS_MAX = 500;
export const LISTED_MODELS_MAX_BYTES = 64 * 1024;

/** One link, prompt or note echoed from a gateway answer. */
export const ECHOED_TEXT_MAX_CHARS = 2048;
