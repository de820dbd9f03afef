import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import { createGatewayAccess, type GatewayAccessOptions } from "../gateway/create-gateway-access.js";
import { createStderrLogger } from "../logging/create-stderr-logger.js";
import { createCrazyrouterMcpServer } from "../server/create-crazyrouter-mcp-server.js";

export interface InMemoryConnection {
  client: Client;
  /** Every line the server logged (already redacted, as it would reach stderr). */
  logs: string[];
  close(): Promise<void>;
}

/** A real SDK client talking to the server in this process, with the server's log captured. */
export async function connectInMemory(config: McpServerConfig, options: Omit<GatewayAccessOptions, "logger"> = {}): Promise<InMemoryConnection> {
  const logs: string[] = [];
  const logger = createStderrLogger([config.apiKey], (line) => logs.push(line));
  const gateway = createGatewayAccess(config, { ...options, logger });
  const server = createCrazyrouterMcpServer(config, gateway, logger);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "crazyrouter-mcp-test", version: "0.0.0" });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    logs,
    async close() {
      await client.close();
      await server.close();
      await gateway.close();
    },
  };
}
