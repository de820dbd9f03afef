import { describe, expect, test } from "vitest";
import { postJson, rawRequest, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

const chatBody = { model: "gpt-5.4", messages: [{ role: "user", content: "hi" }] };

describe("requests from outside this machine's own clients", () => {
  const gateway = useDevGateway();
  const port = () => new URL(gateway().url).port;

  test("a Host that does not name this server (a DNS name rebound to 127.0.0.1) is refused on every route", async () => {
    await postJson(gateway(), "/chat/completions", chatBody);
    const rebound = { host: `rebound.attacker.example:${port()}` };

    const listed = await rawRequest(gateway(), { path: "/__dev/requests", headers: rebound });
    expect(listed.status).toBe(403);
    expect(listed.text).toMatch(/does not name this local server/);
    expect(listed.text).not.toMatch(/chat\/completions|Bearer/);

    const cleared = await rawRequest(gateway(), { method: "DELETE", path: "/__dev/requests", headers: rebound });
    expect(cleared.status).toBe(403);
    const api = await rawRequest(gateway(), { path: "/v1/models", headers: { ...rebound, authorization: `Bearer ${gateway().apiKey}` } });
    expect(api.status).toBe(403);
    // Refused requests are neither served nor recorded, and the recording survived.
    expect(gateway().requests.map((request) => request.path)).toEqual(["/v1/chat/completions"]);
  });

  test("loopback names with this port are served", async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`]) {
      expect((await rawRequest(gateway(), { path: "/__dev/health", headers: { host } })).status).toBe(200);
    }
    expect((await rawRequest(gateway(), { path: "/__dev/health", headers: { host: "127.0.0.1:1" } })).status).toBe(403);
  });

  test.each<Record<string, string>>([
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: "http://localhost:3000" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ])("/__dev refuses a browser request from another origin: %j", async (headers) => {
    await postJson(gateway(), "/chat/completions", chatBody);
    const listed = await rawRequest(gateway(), { path: "/__dev/requests", headers });
    expect(listed.status).toBe(403);
    expect(listed.text).toMatch(/other origins/);
    expect((await rawRequest(gateway(), { method: "DELETE", path: "/__dev/requests", headers })).status).toBe(403);
    expect(gateway().requests).toHaveLength(1);
  });

  test("/__dev serves the gateway's own origin and the address bar", async () => {
    const browserHeaders: Array<Record<string, string>> = [{ origin: gateway().url }, { "sec-fetch-site": "same-origin" }, { "sec-fetch-site": "none" }];
    for (const headers of browserHeaders) {
      expect((await rawRequest(gateway(), { path: "/__dev/requests", headers })).status).toBe(200);
    }
  });

  test("generated images stay loadable from a local chat UI's <img> (a cross-site load)", async () => {
    const generated = await readJson(await postJson(gateway(), "/images/generations", { model: "gpt-image-2", prompt: "a cat" }));
    const { pathname } = new URL(generated.data[0].url as string);
    const image = await rawRequest(gateway(), { path: pathname, headers: { "sec-fetch-site": "cross-site" } });
    expect(image.status).toBe(200);
    expect((await rawRequest(gateway(), { path: pathname, headers: { host: `evil.example:${port()}` } })).status).toBe(403);
  });
});
