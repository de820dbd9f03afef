import type { JsonSchema } from "@crazyrouter/core";
import { isMeaningfulBound } from "./is-meaningful-bound.js";

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function range(lower: unknown, upper: unknown, unit?: string): string | undefined {
  const low = isMeaningfulBound(lower) ? lower : undefined;
  const high = isMeaningfulBound(upper) ? upper : undefined;
  const noun = (count: number) => (unit ? plural(count, unit) : String(count));
  if (low !== undefined && high !== undefined) {
    if (low === high) return `Exactly ${noun(low)}.`;
    return unit ? `${low} to ${noun(high)}.` : `Range ${low} to ${high}.`;
  }
  if (low !== undefined) return unit === "character" && low === 1 ? "Not empty." : `At least ${noun(low)}.`;
  if (high !== undefined) return `At most ${noun(high)}.`;
  return undefined;
}

/**
 * The constraints of a schema node as sentences: the model that fills a Coze tool sees only type, description
 * and required, so enums, defaults and limits must be written into the description to be seen at all.
 */
export function restateConstraints(schema: JsonSchema): string[] {
  const sentences: string[] = [];
  if (Array.isArray(schema.enum)) sentences.push(`One of: ${schema.enum.map(show).join(", ")}.`);
  if (schema.default !== undefined) sentences.push(`Default: ${show(schema.default)}.`);
  const numeric = range(schema.minimum, schema.maximum);
  if (numeric) sentences.push(numeric);
  if (isMeaningfulBound(schema.exclusiveMinimum)) sentences.push(`Greater than ${schema.exclusiveMinimum}.`);
  if (isMeaningfulBound(schema.exclusiveMaximum)) sentences.push(`Less than ${schema.exclusiveMaximum}.`);
  const length = range(schema.minLength, schema.maxLength, "character");
  if (length) sentences.push(length);
  const items = range(schema.minItems, schema.maxItems, "item");
  if (items) sentences.push(items);
  if (typeof schema.pattern === "string") sentences.push(`Must match ${schema.pattern}`);
  return sentences;
}
