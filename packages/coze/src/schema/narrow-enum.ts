import type { JsonSchema } from "@crazyrouter/core";

/**
 * A field's enum cut down to `allowed`. The model never sees an enum in Coze, only the description, so a description
 * that still names a value the field no longer offers would invite exactly the call that breaks: that throws,
 * asking for a Coze description. Also throws for a value the core does not allow.
 */
export function narrowEnum(node: JsonSchema, allowed: readonly string[], field: string): JsonSchema {
  const values: unknown[] = Array.isArray(node.enum) ? node.enum : [];
  for (const value of allowed) if (!values.includes(value)) throw new Error(`${field}: ${value} is not one of ${values.join(", ")}`);
  const description = typeof node.description === "string" ? node.description : "";
  const removed = values.filter((value): value is string => typeof value === "string" && !allowed.includes(value));
  const named = removed.find((value) => new RegExp(`\\b${value}\\b`).test(description));
  if (named !== undefined) throw new Error(`${field}: the description names ${named}, which this field no longer offers; give it a Coze description`);
  return { ...node, enum: [...allowed] };
}
