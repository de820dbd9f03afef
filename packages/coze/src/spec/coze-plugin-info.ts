import type { InfoObject } from "openapi3-ts/oas30";
import type { CozeRegion } from "./coze-region.js";

const TITLES: Readonly<Record<CozeRegion, string>> = { global: "Crazyrouter", cn: "Crazyrouter CN" };

const ROUTES: Readonly<Record<CozeRegion, string>> = {
  global: "This file calls the global route.",
  cn: "This file calls the regional route for mainland China.",
};

/**
 * The plugin's name and description as Coze shows them. Coze limits the title to 30 letters, digits, `_` and
 * spaces and the description to 600 ASCII characters.
 */
export function cozePluginInfo(region: CozeRegion): InfoObject {
  return {
    title: TITLES[region],
    description:
      "Crazyrouter is an OpenAI-compatible AI gateway: one key for GPT, Claude, Gemini, embedding and image models. " +
      "Tools: chat, embeddings, image generation and the list of models your key may use. " +
      `${ROUTES[region]} ` +
      "Set authorization in the plugin's auth dialog: Service, location Header, parameter name Authorization, " +
      "value Bearer followed by your sk- key.",
    version: "v1",
  };
}
