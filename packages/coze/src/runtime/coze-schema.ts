import type { GoValue } from "./go-json.js";

/**
 * A schema node of a stored Coze tool, as the runtime reads it (kin-openapi's `openapi3.Schema`, loaded from
 * JSON): the runtime reads only these keywords. `default` is a plain JSON value (kin-openapi decodes it without
 * `UseNumber`), so a numeric default is a float64.
 */
export interface CozeSchema {
  type?: string;
  description?: string;
  default?: GoValue;
  enum?: unknown[];
  properties?: Record<string, CozeSchema>;
  required?: string[];
  items?: CozeSchema;
  [extension: `x-${string}`]: unknown;
}

/**
 * `x-global-disable` / `x-local-disable`: set by Coze's tool editor to hide a field. A hidden field is left out of
 * what the model sees and of the answer it reads; Coze Studio type-asserts the value as a Go bool.
 */
export function isDisabled(schema: CozeSchema): boolean {
  return schema["x-global-disable"] === true || schema["x-local-disable"] === true;
}
