/** The prefix every gateway route lives under. */
export const API_PREFIX = "/v1";

export type ApiRoute =
  { id: "chat_completions" } | { id: "embeddings" } | { id: "image_generation" } | { id: "list_models" } | { id: "retrieve_model"; model: string };

/**
 * The routes the dev gateway serves, from the OpenAI API reference's paths (not from core's operation
 * definitions, so a wrong path in core meets a 404 here as it would on the real gateway).
 */
const FIXED_ROUTES: Record<string, ApiRoute> = {
  "POST /v1/chat/completions": { id: "chat_completions" },
  "POST /v1/embeddings": { id: "embeddings" },
  "POST /v1/images/generations": { id: "image_generation" },
  "GET /v1/models": { id: "list_models" },
};

const MODEL_PATH_PREFIX = `${API_PREFIX}/models/`;

/** The route for a method and path, or undefined for one the gateway does not serve (404 Invalid URL). */
export function matchApiRoute(method: string, path: string): ApiRoute | undefined {
  const fixed = FIXED_ROUTES[`${method} ${path}`];
  if (fixed) return fixed;
  if (method !== "GET" || !path.startsWith(MODEL_PATH_PREFIX) || path.length === MODEL_PATH_PREFIX.length) return undefined;
  try {
    // Model ids may hold a slash (vendor/model), so everything after /v1/models/ is the id.
    return { id: "retrieve_model", model: decodeURIComponent(path.slice(MODEL_PATH_PREFIX.length)) };
  } catch {
    return undefined;
  }
}
