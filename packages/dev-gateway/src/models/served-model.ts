import type { DevResponse } from "../http/dev-response.js";
import { modelFacts, type ModelFacts } from "./model-catalogue.js";
import { wrongRouteError, type ModelRoute } from "./wrong-route-error.js";

export type ServedModel<Route extends ModelRoute> = { ok: true; facts: Extract<ModelFacts, { kind: Route }> | undefined } | { ok: false; error: DevResponse };

/**
 * The catalogue's facts for a model sent to a route, or the error its upstream answers when the route does not
 * serve it (a chat model sent to /embeddings). A model the catalogue does not know is served with no facts.
 */
export function servedModel<Route extends ModelRoute>(route: Route, model: string, gatewayModels: readonly string[]): ServedModel<Route> {
  const facts = modelFacts(model);
  if (!facts) return { ok: true, facts: undefined };
  if (facts.kind !== route) {
    const imageModels = gatewayModels.filter((id) => modelFacts(id)?.kind === "image");
    return { ok: false, error: wrongRouteError(route, model, imageModels) };
  }
  return { ok: true, facts: facts as Extract<ModelFacts, { kind: Route }> };
}
