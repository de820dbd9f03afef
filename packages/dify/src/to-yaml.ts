import { stringify } from "yaml";

/**
 * YAML text for a generated file: block style, no line folding, keys in the order they were written.
 * Written as YAML 1.1, the dialect PyYAML (the SDK) reads, so strings such as "Yes" or "No" are quoted
 * instead of turning into booleans.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: "1.1", lineWidth: 0, minContentWidth: 0 });
}
