/**
 * Character sets the input rules share, written as regular-expression class bodies (no brackets) in a syntax
 * JavaScript and Python read alike, so the Dify plugin's Python uses the very same sets. Spelled out instead of
 * `\s` and `trim()`: Python's `\s` and `strip()` use a different set (they take \x1c-\x1f and \x85, and leave
 * the byte-order mark).
 */

/** JavaScript's white space and line terminators: what `String.prototype.trim` removes and `\s` matches. */
export const SPACE_CLASS = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/** Invisible characters copy and paste brings along: zero-width space, non-joiner and joiner, word joiner, byte-order mark. */
export const INVISIBLE_CLASS = "\\u200b-\\u200d\\u2060\\ufeff";

/** The characters a URL or key may hold once cleaned: printable ASCII, no space. */
export const PRINTABLE_ASCII_CLASS = "\\x21-\\x7e";

/** ASCII control characters, which no URL or key holds. */
export const CONTROL_CLASS = "\\x00-\\x1f\\x7f";

const invisible = new RegExp(`[${INVISIBLE_CLASS}]`, "g");
const edgeSpaces = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, "g");

export function removeInvisible(text: string): string {
  return text.replace(invisible, "");
}

export function trimSpaces(text: string): string {
  return text.replace(edgeSpaces, "");
}
