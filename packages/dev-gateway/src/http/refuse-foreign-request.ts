import type { IncomingHttpHeaders } from "node:http";
import { checkLoopbackRequest } from "@crazyrouter/core";
import type { DevResponse } from "./dev-response.js";
import { DEV_ROUTE_PREFIX } from "../routes/handle-dev-route.js";
import { openAiError } from "./openai-error.js";

const IMAGE_ROUTE_PREFIX = `${DEV_ROUTE_PREFIX}images/`;

/**
 * A 403 for requests that are not from this machine's own clients, or undefined to serve them. Every route
 * needs a Host naming this server (against DNS rebinding: `/__dev/requests` is the whole recording).
 * `/__dev` routes also refuse pages from other origins, except image GETs, which a local chat UI shows in
 * `<img>` tags (cross-site loads) and which hold nothing secret.
 */
export function refuseForeignRequest(method: string, path: string, headers: IncomingHttpHeaders, port: number): DevResponse | undefined {
  const isImage = method === "GET" && path.startsWith(IMAGE_ROUTE_PREFIX);
  const refusal = checkLoopbackRequest(headers, port, { refuseCrossOrigin: path.startsWith(DEV_ROUTE_PREFIX) && !isImage });
  if (refusal === undefined) return undefined;
  return openAiError(403, { message: `dev gateway: ${refusal}`, type: "invalid_request_error", code: "forbidden_request" });
}
