import { expect, it } from "vitest";
import { cherryStudioConfig } from "./cherry-studio-config.js";
import { cherryStudioInstallLink } from "./cherry-studio-install-link.js";

/** Reads the link the way Cherry Studio's protocol handler does: URLSearchParams, then base64 JSON. */
function decodeAsCherryStudio(link: string): unknown {
  const url = new URL(link);
  expect(url.protocol).toBe("cherrystudio:");
  expect(url.host + url.pathname).toBe("mcp/install");
  const servers = new URLSearchParams(url.search).get("servers");
  return JSON.parse(Buffer.from(servers ?? "", "base64").toString("utf8"));
}

it("decodes back to the same config", () => {
  const config = cherryStudioConfig({ apiKey: "sk-abc", baseUrl: "https://cn.crazyrouter.com" });
  expect(decodeAsCherryStudio(cherryStudioInstallLink(config))).toEqual(config);
});

it("survives base64 characters that URLSearchParams would mangle", () => {
  // "?>" bytes give "+" and "/" in base64; unescaped, URLSearchParams turns "+" into a space.
  const config = cherryStudioConfig({ env: { CRAZYROUTER_CHAT_MODEL: "???>>>~~~" } });
  const link = cherryStudioInstallLink(config);
  expect(Buffer.from(JSON.stringify(config)).toString("base64")).toMatch(/[+/]/);
  expect(link).not.toMatch(/servers=.*[+/=]/);
  expect(decodeAsCherryStudio(link)).toEqual(config);
});
