import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectInMemory, type InMemoryConnection } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";

let gateway: DevGateway;
let connection: InMemoryConnection;
beforeAll(async () => {
  gateway = await startDevGateway({ allowedModels: ["gpt-5.4", "claude-sonnet-4-6", "text-embedding-3-small"] });
  connection = await connectInMemory(testConfig(gateway));
});
afterAll(async () => {
  await connection.close();
  await gateway.close();
});

it("lists the models the key may call", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_list_models", arguments: {} });
  expect(result.structuredContent).toMatchObject({ ids: ["claude-sonnet-4-6", "gpt-5.4", "text-embedding-3-small"], count: 3, total: 3 });
  expect(firstText(result).split("\n")).toEqual(["3 models this key may call:", "claude-sonnet-4-6", "gpt-5.4", "text-embedding-3-small"]);
  expect(gateway.requests.at(-1)).toMatchObject({ method: "GET", path: "/v1/models" });
});

it("filters ids case-insensitively", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "CLAUDE" } });
  expect(result.structuredContent).toMatchObject({ ids: ["claude-sonnet-4-6"], count: 1, total: 3 });
  expect(firstText(result)).toMatch(/^1 of 3 models match "CLAUDE":/);
});
