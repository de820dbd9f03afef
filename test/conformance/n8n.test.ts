/**
 * n8n conformance: every vector is executed through the Crazyrouter node, with the vector's input expressed as
 * node parameters and input items, in an execution context whose `httpRequestWithAuthentication` makes real
 * HTTP requests (so n8n's transport adapter is on the wire). The dev gateway's recording must be the vector's
 * expected request.
 */
import { startDevGateway, type DevGateway } from "@crazyrouter/dev-gateway";
import { Crazyrouter } from "n8n-nodes-crazyrouter";
import { createMockContext, type ParameterValue } from "n8n-nodes-crazyrouter/testing";
import type { INodeExecutionData } from "n8n-workflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRecordedRequestMatches } from "./recorded-request-matches.js";
import { type ConformanceVector, conformanceVectors } from "./vectors.js";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

const locator = (value: unknown) => ({ __rl: true, mode: "id", value });

/** Chat fields the node takes from its Options collection under the same names. */
const chatOptionNames = ["temperature", "top_p", "max_tokens", "max_completion_tokens", "presence_penalty", "frequency_penalty", "seed", "reasoning_effort", "stop"];

/** How a user would set the node up to make the vector's call. */
function nodeSetup(vector: ConformanceVector): { parameters: Record<string, ParameterValue>; items: INodeExecutionData[] } {
  const { model, ...input } = vector.input;
  switch (vector.operation) {
    case "chat_completions": {
      const options = Object.fromEntries(Object.entries(input).filter(([name]) => chatOptionNames.includes(name)));
      const unmapped = Object.keys(input).filter((name) => name !== "messages" && !chatOptionNames.includes(name));
      expect(unmapped, "chat fields without a node parameter").toEqual([]);
      return {
        parameters: { resource: "chat", model: locator(model), inputMode: "messages", messages: JSON.stringify(input.messages), systemPrompt: "", options },
        items: [{ json: {} }],
      };
    }
    case "embeddings": {
      const texts = typeof input.input === "string" ? [input.input] : (input.input as string[]);
      const { input: _texts, ...options } = input;
      return {
        parameters: { resource: "embeddings", model: locator(model), text: (itemIndex: number) => texts[itemIndex], options },
        items: texts.map((text) => ({ json: { text } })),
      };
    }
    case "image_generation": {
      const { prompt, ...options } = input;
      return { parameters: { resource: "image", model: locator(model), prompt, binaryPropertyName: "data", options }, items: [{ json: {} }] };
    }
    case "list_models":
      return { parameters: { resource: "model", returnAll: true, filter: "" }, items: [{ json: {} }] };
  }
}

describe("conformance: the n8n node", () => {
  it.each(conformanceVectors.map((vector) => [vector.name, vector] as const))("%s", async (_, vector) => {
    gateway.clearRequests();
    const { parameters, items } = nodeSetup(vector);
    const { context } = createMockContext({ credentials: { apiKey: gateway.apiKey, region: "custom", baseUrl: gateway.baseUrl }, parameters, items });
    const [output] = await new Crazyrouter().execute.call(context);
    expect(output?.length).toBeGreaterThan(0);
    expectRecordedRequestMatches(gateway.requests[0], vector, gateway.apiKey);
  });
});
