/**
 * Coze conformance: every vector run as Coze Studio runs a tool. The spec goes through Coze's import flow (the real
 * kin-openapi and yaml.v3 at Coze Studio's versions), the vector's input is the tool call's arguments, Coze's
 * runtime (the simulator written from its backend) builds and sends the request to the dev gateway, and the Debug
 * panel's strict answer processing must accept the gateway's answer.
 */
import { getOperation } from "@crazyrouter/core";
import { generatedStoredSpec, runAgainstDevGateway } from "@crazyrouter/coze/testing";
import type { StoredPluginDocument } from "@crazyrouter/coze";
import { startDevGateway, type DevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRecordedRequestMatches } from "./recorded-request-matches.js";
import { conformanceVectors } from "./vectors.js";

let gateway: DevGateway;
let stored: StoredPluginDocument;

beforeAll(async () => {
  gateway = await startDevGateway();
  stored = generatedStoredSpec();
}, 300_000);

afterAll(async () => {
  await gateway?.close();
});

describe.each(conformanceVectors)("Coze: $name", (vector) => {
  const toolName = getOperation(vector.operation).toolName;

  it("sends the expected request from a Debug run, and its answer passes Debug's strict checks", async () => {
    gateway.clearRequests();
    const run = await runAgainstDevGateway(gateway, stored, toolName, vector.input, "debug");
    expectRecordedRequestMatches(gateway.requests[0], vector, gateway.apiKey);
    expect(gateway.requests).toHaveLength(1);
    expect(Object.keys(JSON.parse(run.trimmedResponse)).length).toBeGreaterThan(0);
  });

  it("sends the same request from a bot and from a workflow node", async () => {
    for (const scene of ["agent", "workflow"] as const) {
      gateway.clearRequests();
      await runAgainstDevGateway(gateway, stored, toolName, vector.input, scene);
      expectRecordedRequestMatches(gateway.requests[0], vector, gateway.apiKey);
    }
  });
});
