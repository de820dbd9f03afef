import type { DevResponse } from "../http/dev-response.js";
import type { GatewayState } from "../gateway-state.js";
import { modelNotAllowedError, modelNotFoundError } from "../http/openai-error.js";

/** The key's model whitelist first (403), then whether the model exists at all (404), as the gateway checks. */
export function checkModelAccess(model: string, state: Pick<GatewayState, "models" | "allowedModels">): DevResponse | undefined {
  if (state.allowedModels && !state.allowedModels.includes(model)) return modelNotAllowedError(model);
  if (!state.models.includes(model)) return modelNotFoundError(model);
  return undefined;
}
