import { formatBaseUrlForClient } from "@crazyrouter/core";
import type { SetupClient } from "../setup-client.js";

/** Coze: the OpenAPI spec for a plugin (one per route), the import confirm dialog's auth, and the full URL for an HTTP node. */
export const coze: SetupClient = {
  id: "coze",
  title: "Coze",
  summary: "which OpenAPI spec to import, the auth dialog values, and the full endpoint URL for a workflow HTTP node",
  usesModelList: false,
  render(context) {
    const endpoint = formatBaseUrlForClient(context.normalized, "coze");
    const spec = context.region === "cn" ? "openapi/crazyrouter-cn.yaml" : "openapi/crazyrouter.yaml";
    const bearer = `Bearer ${context.key.value}`;
    const lines = [
      `1. Plugin: Plugins, Create plugin, Import (Create from API), file ${spec}` +
        (context.region === "cn" ? " (the cn route)." : " (the global route; openapi/crazyrouter-cn.yaml for the cn route)."),
      "In the Confirm Plugin Information dialog that follows the upload, before you confirm:",
      "",
      "Authorization method: Service",
      "Location: Header",
      "Parameter name: Authorization",
      `Service token/API key: ${bearer}`,
      "",
    ];
    if (!context.region) {
      lines.push(
        `Your base URL (${context.normalized.baseUrl}) is not a public Crazyrouter route. The specs call the public routes; Coze calls from its own cloud, so a private or local gateway must be reachable over https, with servers[0].url in the spec changed to it.`,
        "",
      );
    }
    lines.push(
      "2. Or a workflow HTTP request node:",
      "",
      "Method: POST",
      `URL: ${endpoint}`,
      `Header Authorization: ${bearer}`,
      "Header Content-Type: application/json",
      `Body: ${JSON.stringify({ model: context.chatModel, messages: [{ role: "user", content: "Reply only OK" }] })}`,
      "",
      "The HTTP node needs the full endpoint URL: without /v1/chat/completions it answers 404.",
      "Test it alone with the fixed body first, then map {{input}} into the content.",
    );
    return lines.join("\n");
  },
};
