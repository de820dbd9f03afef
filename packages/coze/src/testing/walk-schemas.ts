import type { OpenAPIObject } from "openapi3-ts/oas30";

export type Node = Record<string, unknown>;

export interface SchemaVisit {
  /** JSON pointer of the schema inside the document. */
  at: string;
  schema: Node;
  /** Whether the schema sits under a response (an answer field) rather than a request. */
  inResponse: boolean;
  /** Whether the schema is a named property of an object (a field the model fills or reads). */
  isProperty: boolean;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf"] as const;
const SUBSCHEMAS = ["items", "not", "additionalProperties"] as const;

function walk(schema: unknown, at: string, inResponse: boolean, isProperty: boolean, visits: SchemaVisit[]): void {
  if (!isNode(schema)) return;
  visits.push({ at, schema, inResponse, isProperty });
  if (isNode(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) walk(property, `${at}/properties/${name}`, inResponse, true, visits);
  }
  for (const keyword of SUBSCHEMAS) walk(schema[keyword], `${at}/${keyword}`, inResponse, false, visits);
  for (const keyword of SUBSCHEMA_LISTS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((variant, index) => walk(variant, `${at}/${keyword}/${index}`, inResponse, false, visits));
  }
}

/** Every schema node under `paths`: request bodies, parameters and responses, recursively. */
export function walkSchemas(document: OpenAPIObject): SchemaVisit[] {
  const visits: SchemaVisit[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Node)) {
      if (!isNode(operation)) continue;
      const base = `#/paths/${path}/${method}`;
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      parameters.forEach((parameter, index) => {
        if (isNode(parameter)) walk(parameter.schema, `${base}/parameters/${index}/schema`, false, true, visits);
      });
      const body = isNode(operation.requestBody) && isNode(operation.requestBody.content) ? operation.requestBody.content : {};
      for (const [mediaType, content] of Object.entries(body)) {
        if (isNode(content)) walk(content.schema, `${base}/requestBody/content/${mediaType}/schema`, false, false, visits);
      }
      const responses = isNode(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses)) {
        const contents = isNode(response) && isNode(response.content) ? response.content : {};
        for (const [mediaType, content] of Object.entries(contents)) {
          if (isNode(content)) walk(content.schema, `${base}/responses/${status}/content/${mediaType}/schema`, true, false, visits);
        }
      }
    }
  }
  return visits;
}

/** Every value anywhere in the document with its pointer, for rules that hold everywhere. */
export function walkValues(value: unknown, at = "#", visits: Array<{ at: string; key: string; value: unknown }> = []) {
  if (Array.isArray(value)) value.forEach((item, index) => walkValues(item, `${at}/${index}`, visits));
  else if (isNode(value)) {
    for (const [key, child] of Object.entries(value)) {
      visits.push({ at: `${at}/${key}`, key, value: child });
      walkValues(child, `${at}/${key}`, visits);
    }
  }
  return visits;
}
