import type { JsonObject } from "../conformance-vector.js";

/** The fields of a call that a platform has no input for, beyond those it maps. */
export function unmappedFields(input: JsonObject, mapped: readonly string[]): string[] {
  return Object.keys(input).filter((field) => !mapped.includes(field));
}

/** A list of texts, or undefined when the input is anything else (token ids). */
export function textList(input: unknown): string[] | undefined {
  const list = typeof input === "string" ? [input] : input;
  return Array.isArray(list) && list.every((item) => typeof item === "string") ? list : undefined;
}

/** `[system?, user]` with text content: what a prompt box and a system box express. */
export function promptAndSystem(messages: unknown): { prompt: string; system?: string } | undefined {
  if (!Array.isArray(messages)) return undefined;
  const [first, second, ...rest] = messages as Array<Record<string, unknown>>;
  const plain = (message: Record<string, unknown> | undefined, role: string) =>
    message?.role === role && typeof message.content === "string" && Object.keys(message).length === 2;
  if (rest.length === 0 && second === undefined && plain(first, "user")) return { prompt: first?.content as string };
  if (rest.length === 0 && plain(first, "system") && plain(second, "user")) return { prompt: second?.content as string, system: first?.content as string };
  return undefined;
}
