import type { OpenAPIObject, OperationObject, SchemaObject } from "openapi3-ts/oas30";

export interface CozeRequest {
  method: "GET" | "POST";
  /** Server path plus operation path, e.g. `/v1/chat/completions`. */
  path: string;
  body: Record<string, unknown> | undefined;
}

const METHODS = ["get", "post"] as const;

function findOperation(spec: OpenAPIObject, operationId: string) {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];
      if (operation?.operationId === operationId) return { path, method, operation };
    }
  }
  throw new Error(`the spec has no operation ${operationId}`);
}

function bodySchema(operation: OperationObject): SchemaObject | undefined {
  const requestBody = operation.requestBody;
  if (!requestBody || "$ref" in requestBody) return undefined;
  const schema = requestBody.content["application/json"]?.schema;
  return schema && !("$ref" in schema) ? schema : undefined;
}

/**
 * The HTTP request Coze sends when a tool of this spec runs with `input`: the server's path plus the operation's
 * path, and a JSON body holding only the declared top-level fields, with declared defaults filled in for fields
 * the input leaves out. Coze adds the Authorization header from its auth dialog, so it is not part of this.
 */
export function cozeRequestFor(spec: OpenAPIObject, operationId: string, input: Record<string, unknown>): CozeRequest {
  const { path, method, operation } = findOperation(spec, operationId);
  const serverUrl = spec.servers?.[0]?.url;
  if (!serverUrl) throw new Error("the spec declares no server");
  const serverPath = new URL(serverUrl).pathname.replace(/\/+$/, "");
  const schema = bodySchema(operation);
  let body: Record<string, unknown> | undefined;
  if (schema) {
    body = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (input[name] !== undefined) body[name] = input[name];
      else if (!("$ref" in property) && property.default !== undefined) body[name] = property.default;
    }
  }
  return { method: method === "get" ? "GET" : "POST", path: `${serverPath}${path}`, body };
}
