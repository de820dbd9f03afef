import { Crazyrouter } from "n8n-nodes-crazyrouter";
import { createMockContext, type ParameterValue } from "n8n-nodes-crazyrouter/testing";
import type { IDataObject } from "n8n-workflow";
import type { PlatformDriver } from "../conformance-suite.js";
import { capture } from "../expect-conforming-run.js";
import { ITEM_TEXT_EXPRESSION, n8nNodeSetup, type N8nNodeSetup } from "./n8n-node-setup.js";

/** The harness evaluates the one expression the setups use: each item's own text. */
function harnessParameters(setup: N8nNodeSetup): Record<string, ParameterValue> {
  const parameters: Record<string, ParameterValue> = { ...setup.parameters };
  if (parameters.text === ITEM_TEXT_EXPRESSION) parameters.text = (itemIndex: number) => setup.items[itemIndex]?.text;
  return parameters;
}

/**
 * The n8n node executed through its unit harness: an execution context whose `httpRequestWithAuthentication` makes
 * real HTTP requests, so the node's transport adapter is on the wire. The subset in n8n-real.test.ts runs in n8n.
 */
export const n8nDriver: PlatformDriver<N8nNodeSetup> = {
  platform: "n8n",
  express: n8nNodeSetup,
  async run(setup, _, gateway) {
    const { context } = createMockContext({
      credentials: { apiKey: gateway.apiKey, region: "custom", baseUrl: gateway.baseUrl },
      parameters: harnessParameters(setup),
      items: setup.items.map((json) => ({ json: json as IDataObject })),
    });
    return { error: await capture(() => new Crazyrouter().execute.call(context)) };
  },
};
