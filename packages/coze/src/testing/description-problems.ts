import type { JsonSchema } from "@crazyrouter/core";
import type { CozeSchema } from "../runtime/coze-schema.js";

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every form a core node can take: its type, or the types of its union's variants (nested unions flattened). */
function coreForms(node: Node): Node[] {
  const union = node.anyOf ?? node.oneOf;
  if (Array.isArray(union)) return union.filter(isNode).flatMap(coreForms);
  if (Array.isArray(node.type)) return node.type.map((type) => ({ ...node, type }));
  return [node];
}

function coreChild(node: Node, step: string): Node | undefined {
  for (const form of coreForms(node)) {
    const next = step === "[]" ? form.items : isNode(form.properties) ? form.properties[step] : undefined;
    if (isNode(next)) return next;
  }
  return undefined;
}

const SCALARS = new Set(["string", "number", "integer", "boolean"]);

function check(coze: CozeSchema, core: Node, at: string, problems: string[]): void {
  const description = coze.description ?? "";
  const forms = coreForms(core).filter((form) => form.type !== "null");
  // Coze converts a value to the declared type: a text field can only carry text, a list field only a list.
  if (coze.type === "string" && forms.some((form) => form.type === "array") && /\blists?\b|\bparts?\b/i.test(description)) {
    problems.push(`${at}: a text field whose description offers a list: "${description}"`);
  }
  if (coze.type === "array" && forms.some((form) => SCALARS.has(String(form.type))) && (/\bor a list\b/i.test(description) || !/\blist\b/i.test(description))) {
    problems.push(`${at}: a list field whose description does not ask for a list every time: "${description}"`);
  }
  // The model never sees an enum, only the description: a value the field no longer offers must not be named.
  if (Array.isArray(coze.enum)) {
    const coreValues = forms.flatMap((form) => (Array.isArray(form.enum) ? form.enum : []));
    for (const value of coreValues) {
      if (typeof value === "string" && !coze.enum.includes(value) && new RegExp(`\\b${value}\\b`).test(description)) {
        problems.push(`${at}: the description names ${value}, which the tool does not offer: "${description}"`);
      }
    }
  }
  for (const [name, property] of Object.entries(coze.properties ?? {})) {
    const child = coreChild(core, name);
    if (child) check(property, child, `${at}.${name}`, problems);
  }
  if (coze.items) {
    const items = coreChild(core, "[]");
    if (items) check(coze.items, items, `${at}[]`, problems);
  }
}

/**
 * Descriptions that promise what Coze cannot carry, found by reading each Coze input field beside the core's field
 * it came from: a text field offering the list form the core also accepts, a list field offering a single value, and
 * a description naming an enum value the tool dropped. The model reads these descriptions and nothing else.
 */
export function descriptionProblems(cozeBody: CozeSchema, coreBody: JsonSchema): string[] {
  const problems: string[] = [];
  check(cozeBody, coreBody, "body", problems);
  return problems;
}
