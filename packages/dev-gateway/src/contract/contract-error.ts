import type { z } from "zod";
import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import { quoteList } from "../http/quote-list.js";

type Issue = z.core.$ZodIssue;

/**
 * How an endpoint words an unknown top-level field: chat completions and embeddings say "Unrecognized request
 * argument supplied: x", the images endpoint "Unknown parameter: 'x'.".
 */
export type UnknownFieldStyle = "unrecognized_argument" | "unknown_parameter";

interface Explained {
  message: string;
  code: string | null;
}

/** `messages[0].content` style, as OpenAI names fields in its `param`. */
export function formatParam(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    text += typeof segment === "number" ? `[${segment}]` : `${text ? "." : ""}${String(segment)}`;
  }
  return text;
}

/** OpenAI's names for JSON types in "expected ..., but got ... instead". */
function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: "a string",
    number: "a decimal",
    int: "an integer",
    boolean: "a boolean",
    object: "an object",
    record: "an object",
    array: "an array",
    null: "null",
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a decimal";
  if (typeof value === "object") return "an object";
  return describeType(typeof value);
}

/**
 * Whether a union branch was refused for the value's type at the top (a string branch given an object, an enum
 * given an object): such a branch says nothing about what is wrong inside the value.
 */
function refusedForType(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === "invalid_type") return true;
  return issue.code === "invalid_value" && issue.values.length > 0 && typeof issue.input !== typeof issue.values[0];
}

function depth(branch: Issue[]): number {
  return Math.max(...branch.map((inner) => inner.path.length));
}

/**
 * Zod reports a failed union as one issue holding every branch's issues. The useful branch is the one that got
 * furthest: not refused outright for its type, then with the fewest type mismatches (a token array with one
 * string in it is a bad token array, not a bad list of texts), then the one that looked deepest.
 */
function closestBranch(branches: Issue[][]): Issue[] | undefined {
  const rank = (branch: Issue[]) => [
    branch.every(refusedForType) ? 1 : 0,
    branch.filter((inner) => inner.code === "invalid_type").length,
    branch.length,
    -depth(branch),
  ];
  const candidates = branches.filter((branch) => branch.length > 0);
  candidates.sort((left, right) => {
    const [a, b] = [rank(left), rank(right)];
    return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!;
  });
  const best = candidates[0];
  return best && !best.every(refusedForType) ? best : undefined;
}

function explainSize(issue: Extract<Issue, { code: "too_big" | "too_small" }>, param: string): Explained {
  const above = issue.code === "too_big";
  const bound = above ? issue.maximum : issue.minimum;
  const input = issue.input;
  if (issue.origin === "array") {
    const length = Array.isArray(input) ? input.length : "?";
    if (!above && length === 0) {
      return {
        message: `Invalid '${param}': empty array. Expected an array with minimum length ${bound}, but got an empty array instead.`,
        code: "empty_array",
      };
    }
    const which = above ? "maximum" : "minimum";
    return {
      message: `Invalid '${param}': array too ${above ? "long" : "short"}. Expected an array with ${which} length ${bound}, but got an array with length ${length} instead.`,
      code: `array_${above ? "above_max" : "below_min"}_length`,
    };
  }
  if (issue.origin === "string") {
    const length = typeof input === "string" ? input.length : "?";
    if (!above && length === 0) {
      return {
        message: `Invalid '${param}': empty string. Expected a string with minimum length ${bound}, but got an empty string instead.`,
        code: "empty_string",
      };
    }
    return {
      message: `Invalid '${param}': string too ${above ? "long" : "short"}. Expected a string with ${above ? "maximum" : "minimum"} length ${bound}, but got a string with length ${length} instead.`,
      code: `string_${above ? "above_max" : "below_min"}_length`,
    };
  }
  const kind = typeof input === "number" && Number.isInteger(input) ? "integer" : "decimal";
  return {
    message: `Invalid '${param}': ${kind} ${above ? "above maximum" : "below minimum"} value. Expected a value ${above ? "<=" : ">="} ${bound}, but got ${String(input)} instead.`,
    code: `${kind}_${above ? "above_max" : "below_min"}_value`,
  };
}

/** One issue in OpenAI's words; `path` is already resolved through unions. */
function explain(issue: Issue, param: string): Explained {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { message: `Missing required parameter: '${param}'.`, code: "missing_required_parameter" };
      return {
        message: `Invalid type for '${param}': expected ${describeType(issue.expected)}, but got ${describeValue(issue.input)} instead.`,
        code: "invalid_type",
      };
    case "invalid_value":
      return { message: `Invalid value: '${String(issue.input)}'. Supported values are: ${quoteList(issue.values)}.`, code: "invalid_value" };
    case "too_big":
    case "too_small":
      return explainSize(issue, param);
    case "custom": {
      const code = (issue.params as { openAiCode?: string | null } | undefined)?.openAiCode;
      // Hand-checked rules carry OpenAI's whole message; zod refinements only say what was expected.
      return code === undefined ? { message: `Invalid '${param}': ${issue.message}.`, code: "invalid_value" } : { message: issue.message, code };
    }
    default:
      return { message: `Invalid '${param}': ${issue.message}.`, code: "invalid_value" };
  }
}

/** Follows a union issue into its closest branch, so the answer names the innermost field that is wrong. */
function resolve(issue: Issue, path: PropertyKey[]): { issue: Issue; path: PropertyKey[] } {
  // A bad key of a map (`metadata`, `logit_bias`): what is wrong with the key itself.
  if (issue.code === "invalid_key" && issue.issues[0]) return { issue: issue.issues[0], path: [...path, ...issue.path] };
  if (issue.code !== "invalid_union") return { issue, path: [...path, ...issue.path] };
  if (issue.errors.length === 0) return { issue, path: [...path, ...issue.path] };
  const branch = closestBranch(issue.errors);
  const inner = branch?.[0];
  if (!inner) return { issue, path: [...path, ...issue.path] };
  return resolve(inner, [...path, ...issue.path]);
}

function explainUnion(issue: Extract<Issue, { code: "invalid_union" }>, param: string): Explained {
  const discriminator = (issue as { discriminator?: string; options?: unknown[] }).discriminator;
  if (discriminator !== undefined) {
    // No option has this discriminator value (an unknown role or part type).
    const value = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
    const options = (issue as { options?: unknown[] }).options ?? [];
    return { message: `Invalid value: '${String(value)}'. Supported values are: ${quoteList(options)}.`, code: "invalid_value" };
  }
  if (issue.input === undefined) return { message: `Missing required parameter: '${param}'.`, code: "missing_required_parameter" };
  const expected = issue.errors.flatMap((branch) => branch.map((inner) => (inner.code === "invalid_type" ? describeType(inner.expected) : "")));
  return {
    message: `Invalid type for '${param}': expected ${[...new Set(expected.filter(Boolean))].join(" or ")}, but got ${describeValue(issue.input)} instead.`,
    code: "invalid_type",
  };
}

/**
 * A 400 in OpenAI's envelope for a body the contract refuses, naming the field in `param` (`messages[0].content`,
 * `input`, `response_format.json_schema.schema`). Unknown top-level fields come first, as the API reports them
 * before it reads the values of the fields it knows.
 */
export function contractError(error: z.ZodError, unknownFields: UnknownFieldStyle): DevResponse {
  const issues = error.issues;
  const first = issues.find((issue) => issue.code === "unrecognized_keys" && issue.path.length === 0) ?? issues[0];
  if (!first) return openAiError(400, { message: "Invalid request body.", type: "invalid_request_error", code: "invalid_value" });
  const resolved = resolve(first, []);
  if (resolved.issue.code === "unrecognized_keys") {
    const param = formatParam([...resolved.path, resolved.issue.keys[0] ?? ""]);
    const topLevel = resolved.path.length === 0 && unknownFields === "unrecognized_argument";
    return openAiError(400, {
      message: topLevel ? `Unrecognized request argument supplied: ${param}` : `Unknown parameter: '${param}'.`,
      type: "invalid_request_error",
      // OpenAI's chat endpoint sends no code or param for an unrecognized argument; the dev gateway names the
      // field in `param` anyway, so a test (or a person) sees at once which one it was.
      code: topLevel ? null : "unknown_parameter",
      param,
    });
  }
  const param = formatParam(resolved.path);
  const explained = resolved.issue.code === "invalid_union" ? explainUnion(resolved.issue, param) : explain(resolved.issue, param);
  return openAiError(400, { message: explained.message, type: "invalid_request_error", code: explained.code, param });
}
