import { describe, expect, test } from "vitest";
import { authHeaders, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

describe("GET /v1/models/{id}", () => {
  const gateway = useDevGateway({ models: ["gpt-5.4", "qwen-image", "vendor/model-x"], allowedModels: ["gpt-5.4", "vendor/model-x"] });
  const retrieve = (id: string) => fetch(`${gateway().baseUrl}/models/${id}`, { headers: authHeaders(gateway()) });

  test("answers the model object, as the listing shows it", async () => {
    const response = await retrieve("gpt-5.4");
    expect(response.status).toBe(200);
    const model = await readJson(response);
    expect(model).toEqual({ id: "gpt-5.4", object: "model", created: expect.any(Number), owned_by: "openai" });
    const listing = await readJson(await fetch(`${gateway().baseUrl}/models`, { headers: authHeaders(gateway()) }));
    expect(listing.data).toContainEqual(model);
  });

  test("an unknown model gets 404 model_not_found", async () => {
    const response = await retrieve("gpt-0");
    expect(response.status).toBe(404);
    expect((await readJson(response)).error).toEqual({
      message: "The model `gpt-0` does not exist or you do not have access to it.",
      type: "invalid_request_error",
      param: "model",
      code: "model_not_found",
    });
  });

  test("a model the key's whitelist leaves out is not found either, as the listing hides it", async () => {
    const response = await retrieve("qwen-image");
    expect(response.status).toBe(404);
    expect((await readJson(response)).error.code).toBe("model_not_found");
  });

  test("an id with a slash, sent encoded or not", async () => {
    expect((await readJson(await retrieve("vendor%2Fmodel-x"))).id).toBe("vendor/model-x");
    expect((await readJson(await retrieve("vendor/model-x"))).id).toBe("vendor/model-x");
  });

  test("needs the key, and other methods are not served", async () => {
    expect((await fetch(`${gateway().baseUrl}/models/gpt-5.4`)).status).toBe(401);
    const deleted = await fetch(`${gateway().baseUrl}/models/gpt-5.4`, { method: "DELETE", headers: authHeaders(gateway()) });
    expect(deleted.status).toBe(404);
  });

  test("a fault model in the path fails as asked", async () => {
    expect((await retrieve("fault-503")).status).toBe(503);
  });
});
