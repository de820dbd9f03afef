import { type DevGateway, startDevGateway, startHostileGateway } from "@crazyrouter/dev-gateway";
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

it("shows the first 500 of a long list, says so, and narrows it with filter", async () => {
  const hostile = await startHostileGateway();
  const long = await connectInMemory(testConfig(hostile));
  try {
    hostile.answerModels(2000, 40);
    const all = await long.client.callTool({ name: "crazyrouter_list_models", arguments: {} });
    expect(all.structuredContent).toMatchObject({ count: 500, matched: 2000, total: 2000, truncated: true });
    const lines = firstText(all).split("\n");
    expect(lines[0]).toBe("Showing 500 of 2,000 models this key may call; pass filter (for example claude, embedding or image) to narrow the list:");
    expect(lines).toHaveLength(501);
    const some = await long.client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "model-00150" } });
    expect(some.structuredContent).toMatchObject({ count: 10, matched: 10, total: 2000, truncated: false });
    expect(firstText(some)).toMatch(/^10 of 2000 models match "model-00150":/);
  } finally {
    await long.close();
    await hostile.close();
  }
});

it("filters ids case-insensitively", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "CLAUDE" } });
  expect(result.structuredContent).toMatchObject({ ids: ["claude-sonnet-4-6"], count: 1, total: 3 });
  expect(firstText(result)).toMatch(/^1 of 3 models match "CLAUDE":/);
});
