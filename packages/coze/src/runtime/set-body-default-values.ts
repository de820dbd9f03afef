import { plainError } from "./coze-runtime-error.js";
import type { CozeSchema } from "./coze-schema.js";
import { isGoObject, type GoObject, type GoValue } from "./go-json.js";

/**
 * Coze Studio's `setBodyDefaultValues` (domain/plugin/service/tool/invocation_args.go), run on every call
 * before anything is sent:
 * - only declared fields are kept, at every object depth;
 * - an absent (or null) field takes its declared default; an absent field without a default that its object
 *   lists in `required` stops the call with "[setBodyDefaultValues] parameter 'x' is required";
 * - every object-typed field is entered even when the caller left it out (as an empty object), so `required`
 *   inside an optional object fires on every call that omits the object; an object that ends up empty is dropped;
 * - a non-object value for an object-typed field stops the call;
 * - arrays are not entered: their items pass as given.
 * Go walks the properties in map order, so with two missing fields either may be named; this walks them in
 * declared order.
 */
export function setBodyDefaultValues(values: GoObject, schema: CozeSchema): GoObject {
  const required = new Set(schema.required ?? []);
  const result: GoObject = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const given: GoValue | undefined = values[name];
    if (property.type === "object") {
      const nested = given ?? {};
      if (!isGoObject(nested)) throw plainError(`[injectRequestBodyDefaultValue] parameter '${name}' is not object`);
      const filled = setBodyDefaultValues(nested, property);
      if (Object.keys(filled).length > 0) result[name] = filled;
      continue;
    }
    if (given !== undefined && given !== null) {
      result[name] = given;
      continue;
    }
    const fallback = property.default;
    if (fallback === undefined || fallback === null) {
      if (required.has(name)) throw plainError(`[setBodyDefaultValues] parameter '${name}' is required`);
      continue;
    }
    result[name] = fallback;
  }
  return result;
}
