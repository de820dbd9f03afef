import type { JsonSchema } from "@crazyrouter/core";
import { fitDescription } from "./fit-description.js";
import { schemaProperties, schemaRequired } from "./schema-node.js";

function relaxObject(node: JsonSchema, optional: boolean, path: string): JsonSchema {
  const required = new Set(schemaRequired(node));
  const properties: Record<string, JsonSchema> = {};
  const stillRequired: string[] = [];
  for (const [name, property] of Object.entries(schemaProperties(node))) {
    let field = property;
    const mustGive = required.has(name);
    if (mustGive && optional && property.default === undefined) {
      const note = `Needed whenever ${path} is given.`;
      field = { ...field, description: fitDescription(typeof field.description === "string" ? field.description : undefined, [note]) };
    } else if (mustGive) {
      stillRequired.push(name);
    }
    if (field.type === "object") field = relaxObject(field, optional || !mustGive, path ? `${path}.${name}` : name);
    properties[name] = field;
  }
  const { required: _required, ...rest } = node;
  return { ...rest, properties, ...(stillRequired.length > 0 ? { required: stillRequired } : {}) };
}

/**
 * Coze's runtime enters every object field of a request body even when the call leaves it out, and checks the
 * `required` list inside it (`setBodyDefaultValues`): an optional object that requires one of its fields makes every
 * call without that object fail before anything is sent. So inside an optional object (at any depth below the body,
 * through objects; Coze does not enter arrays) nothing is required unless it has a default; the description says
 * when the field is needed instead.
 */
export function relaxRequiredInOptionalObjects(body: JsonSchema): JsonSchema {
  return relaxObject(body, false, "");
}
