import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import type { GatewayState } from "../gateway-state.js";
import { invalidUrlError, openAiError } from "../http/openai-error.js";

/** Path prefix of the gateway's own control endpoints: no auth, never recorded. */
export const DEV_ROUTE_PREFIX = "/__dev/";

/** Empties the recording, the `times=N` counters and the in-flight peak together, so each test starts from a clean gateway. */
export function clearRecording(state: GatewayState): void {
  state.recording.clear();
  state.faults.reset();
  state.inFlight.reset();
}

/**
 * `/__dev/*`: the recording for out-of-process clients (Python, n8n, the MCP Inspector), a health check, and
 * the images that `data[].url` points to.
 */
export function handleDevRoute(method: string, path: string, state: GatewayState): DevResponse {
  const route = path.slice(DEV_ROUTE_PREFIX.length);
  if (route === "health" && method === "GET") return jsonResponse(200, { ok: true });
  if (route === "requests" && method === "GET") return jsonResponse(200, state.recording.requests);
  if (route === "requests" && method === "DELETE") {
    clearRecording(state);
    return jsonResponse(200, { ok: true });
  }
  const image = /^images\/([A-Za-z0-9_-]+)\.png$/.exec(route);
  if (image && method === "GET") {
    const png = state.images.get(image[1]!);
    if (!png) {
      return openAiError(404, {
        message: "image not found: the dev gateway keeps only the most recent images in memory",
        type: "invalid_request_error",
        code: "not_found",
      });
    }
    return { kind: "body", status: 200, headers: { "content-type": "image/png" }, body: png };
  }
  return invalidUrlError(method, path);
}
