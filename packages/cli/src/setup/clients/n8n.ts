import { formatBaseUrlForClient, REGIONS } from "@crazyrouter/core";
import type { SetupClient } from "../setup-client.js";

/** n8n: the community node, and its credential (API key, a region preset or a custom /v1 base URL). */
export const n8n: SetupClient = {
  id: "n8n",
  title: "n8n",
  summary: "the community node to install and the Crazyrouter API credential's values",
  usesModelList: false,
  render(context) {
    const region = context.region;
    return [
      "1. Settings, Community Nodes, Install: n8n-nodes-crazyrouter.",
      "2. Credentials, Create credential, Crazyrouter API:",
      "",
      `API Key: ${context.key.value}`,
      ...(region ? [`Region: ${REGIONS[region].label}`] : ["Region: Custom URL", `Base URL: ${formatBaseUrlForClient(context.normalized, "n8n")}`]),
      "",
      "Save runs the credential test (GET /models); a failure shows what to fix.",
      "From mainland China the China (cn.crazyrouter.com) region is usually faster.",
    ].join("\n");
  },
};
