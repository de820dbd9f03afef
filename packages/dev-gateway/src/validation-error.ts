import type { z } from "zod";
import type { DevResponse } from "./dev-response.js";
import { openAiError } from "./openai-error.js";

type Issue = z.core.$ZodIssue;

/** `messages[0].content` style, as OpenAI names fields in its `param`. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    text += typeof segment === "number" ? `[${segment}]` : `${text ? "." : ""}${String(segment)}`;
  }
  return text;
}

/**
 * Zod reports a failed union as one issue holding every branch's issues. The useful one is the branch that
 * got past the type check (an array with too many items), not "expected string".
 */
function mostSpecificIssue(issue: Issue): { issue: Issue; path: PropertyKey[] } {
  if (issue.code !== "invalid_union") return { issue, path: [...issue.path] };
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const specific = branches.find((branch) => !branch.every((inner) => inner.code === "invalid_type" && inner.path.length === 0));
  const chosen = specific?.[0];
  if (!chosen) {
    const expected = branches.flatMap((branch) => branch.map((inner) => (inner.code === "invalid_type" ? inner.expected : "")));
    const message = `expected ${[...new Set(expected.filter(Boolean))].join(" or ")}`;
    return { issue: { ...issue, message }, path: [...issue.path] };
  }
  const inner = mostSpecificIssue(chosen);
  return { issue: inner.issue, path: [...issue.path, ...inner.path] };
}

/** A 400 in the OpenAI envelope naming the first invalid field of a request body. */
export function validationError(error: z.ZodError): DevResponse {
  const first = error.issues[0];
  if (!first) return openAiError(400, { message: "Invalid request body.", type: "invalid_request_error", code: "invalid_value" });
  if (first.code === "unrecognized_keys") {
    const param = formatPath([...first.path, first.keys[0] ?? ""]);
    return openAiError(400, {
      message: `Unrecognized request argument supplied: ${param}`,
      type: "invalid_request_error",
      code: "unknown_parameter",
      param,
    });
  }
  const { issue, path } = mostSpecificIssue(first);
  const param = formatPath(path);
  return openAiError(400, {
    message: `Invalid '${param}': ${issue.message}`,
    type: "invalid_request_error",
    code: issue.code === "invalid_type" && / received undefined$/.test(issue.message) ? "missing_required_parameter" : "invalid_value",
    param,
  });
}
