import type { DevGateway } from "@crazyrouter/dev-gateway";
import { runCozeTool, type CozeScene, type CozeSend, type CozeToolRun, type StoredPluginDocument } from "../runtime/index.js";

/** A Coze user id as Coze Studio sends it (a numeric string). */
export const COZE_TEST_USER_ID = "7380000000000000001";

/** Sends what Coze built to the dev gateway instead of the spec's server (the real gateway is never called). */
export function sendToDevGateway(gateway: DevGateway, serverUrl: string): CozeSend {
  return async (request) => {
    if (!request.url.startsWith(serverUrl)) throw new Error(`Coze would call ${request.url}, outside ${serverUrl}`);
    const response = await fetch(`${gateway.baseUrl}${request.url.slice(serverUrl.length)}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    return { status: response.status, statusText: response.statusText, body: await response.text() };
  };
}

/** Runs one tool of a stored plugin against the dev gateway, authorised as the import dialog would set it up. */
export function runAgainstDevGateway(
  gateway: DevGateway,
  document: StoredPluginDocument,
  toolName: string,
  args: unknown,
  scene: CozeScene = "debug",
): Promise<CozeToolRun> {
  const serverUrl = document.servers?.[0]?.url ?? "";
  return runCozeTool(document, toolName, typeof args === "string" ? args : JSON.stringify(args), {
    scene,
    auth: { header: "Authorization", value: `Bearer ${gateway.apiKey}` },
    caller: { userId: COZE_TEST_USER_ID, ...(scene === "agent" ? { botId: "7380000000000000002", conversationId: "7380000000000000003" } : {}) },
    send: sendToDevGateway(gateway, serverUrl),
  });
}
