import type { z } from "zod";

/**
 * The core's field with a sentence added about how this server uses it (a default from the user's config,
 * what a wire option means here). The core's own text, limits and enums stay as they are.
 */
export function appendDescription<T extends z.ZodType>(field: T, sentence: string): T {
  return field.describe(`${field.description ?? ""} ${sentence}`.trim());
}
