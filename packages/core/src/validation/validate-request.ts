import type { z } from "zod";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { OperationDefinition } from "../operations/operation-definition.js";
import { parseCommonShapes } from "./parse-common-shapes.js";

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

function allowedFields(operation: OperationDefinition): string {
  const shape = (operation.request as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape).join(", ") : "";
}

type Issue = z.core.$ZodIssue;

/**
 * A union's error ("Invalid input") says nothing useful; the branch whose type matched but whose
 * constraint failed (too many items, out of range) does, so report that one with the full path.
 */
function mostSpecificIssue(issue: Issue | undefined): Issue | undefined {
  if (!issue || issue.code !== "invalid_union") return issue;
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const matchedType = branches.find((branch) => branch.every((inner) => !(inner.code === "invalid_type" && inner.path.length === 0)));
  const inner = mostSpecificIssue((matchedType ?? branches[0])?.[0]);
  return inner ? { ...inner, path: [...issue.path, ...inner.path] } : issue;
}

/**
 * Checks a request body against the operation's strict schema before anything is sent. The error names
 * the field and what is allowed, so the user can fix it without reading the gateway's docs. A body of the
 * usual shapes is accepted without zod's parser (see parseCommonShapes); every other body, and every error, is zod's.
 */
export function validateRequest<T>(operation: OperationDefinition & { request: z.ZodType<T> }, body: unknown): T {
  const parsed = parseCommonShapes(operation.request, body);
  if (parsed !== undefined) return parsed;
  const result = operation.request.safeParse(body);
  if (result.success) return result.data;
  const issue = mostSpecificIssue(result.error.issues[0]);
  const field = issue ? fieldPath(issue.path) : "";
  let message = issue?.message ?? "invalid request";
  let hint = "Correct that field; nothing was sent to the gateway.";
  if (issue?.code === "unrecognized_keys") {
    const keys = (issue as { keys?: string[] }).keys ?? [];
    message = `Unknown field${keys.length > 1 ? "s" : ""} ${keys.map((key) => `"${key}"`).join(", ")}`;
    hint = `Remove ${keys.length > 1 ? "them" : "it"}; ${operation.title} accepts: ${allowedFields(operation)}.`;
  }
  const where = field ? `${operation.id}.${field}` : operation.id;
  throw new CrazyrouterError({ code: "invalid_input", message: `Invalid ${where}: ${message}.`, hint, field: field || undefined });
}
