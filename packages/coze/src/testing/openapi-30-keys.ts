import type { OpenAPIObject } from "openapi3-ts/oas30";

/** The fixed fields of each OpenAPI 3.0.3 object kind this generator can emit, from the specification. */
const FIXED_FIELDS = {
  document: ["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"],
  info: ["title", "description", "termsOfService", "contact", "license", "version"],
  server: ["url", "description", "variables"],
  pathItem: ["$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch", "trace", "servers", "parameters"],
  operation: [
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "deprecated",
    "security",
    "servers",
  ],
  parameter: [
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
  ],
  requestBody: ["description", "content", "required"],
  mediaType: ["schema", "example", "examples", "encoding"],
  response: ["description", "headers", "content", "links"],
  schema: [
    "title",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
  ],
} as const;

type Kind = keyof typeof FIXED_FIELDS;
type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function check(kind: Kind, value: unknown, at: string, problems: string[]): void {
  if (!isNode(value)) return;
  const allowed: readonly string[] = FIXED_FIELDS[kind];
  for (const key of Object.keys(value)) {
    if (!key.startsWith("x-") && !allowed.includes(key)) problems.push(`${at}: "${key}" is not an OpenAPI 3.0 ${kind} field`);
  }
  if (kind === "schema") {
    if (isNode(value.properties))
      for (const [name, property] of Object.entries(value.properties)) check("schema", property, `${at}/properties/${name}`, problems);
    for (const keyword of ["items", "not", "additionalProperties"]) check("schema", value[keyword], `${at}/${keyword}`, problems);
    for (const keyword of ["allOf", "oneOf", "anyOf"]) {
      const list = value[keyword];
      if (Array.isArray(list)) list.forEach((variant, index) => check("schema", variant, `${at}/${keyword}/${index}`, problems));
    }
  }
}

function checkContent(content: unknown, at: string, problems: string[]): void {
  if (!isNode(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    check("mediaType", media, `${at}/${mediaType}`, problems);
    if (isNode(media)) check("schema", media.schema, `${at}/${mediaType}/schema`, problems);
  }
}

/** Keys that OpenAPI 3.0 does not define for the object they appear in (extensions `x-` aside). */
export function unknownOpenApi30Keys(document: OpenAPIObject): string[] {
  const problems: string[] = [];
  check("document", document, "#", problems);
  check("info", document.info, "#/info", problems);
  (document.servers ?? []).forEach((server, index) => check("server", server, `#/servers/${index}`, problems));
  for (const [path, item] of Object.entries(document.paths)) {
    const itemAt = `#/paths/${path}`;
    check("pathItem", item, itemAt, problems);
    for (const [method, operation] of Object.entries(item as Node)) {
      if (!["get", "put", "post", "delete", "options", "head", "patch", "trace"].includes(method) || !isNode(operation)) continue;
      const at = `${itemAt}/${method}`;
      check("operation", operation, at, problems);
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      parameters.forEach((parameter, index) => {
        check("parameter", parameter, `${at}/parameters/${index}`, problems);
        if (isNode(parameter)) check("schema", parameter.schema, `${at}/parameters/${index}/schema`, problems);
      });
      if (isNode(operation.requestBody)) {
        check("requestBody", operation.requestBody, `${at}/requestBody`, problems);
        checkContent(operation.requestBody.content, `${at}/requestBody/content`, problems);
      }
      for (const [status, response] of Object.entries(isNode(operation.responses) ? operation.responses : {})) {
        check("response", response, `${at}/responses/${status}`, problems);
        if (isNode(response)) checkContent(response.content, `${at}/responses/${status}/content`, problems);
      }
    }
  }
  return problems;
}
