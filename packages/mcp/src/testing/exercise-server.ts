import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

export interface ServerExercise {
  tools: string[];
  /** The first text block of each tool's result, by tool name. */
  texts: Record<string, string>;
  /** Tools whose call came back as an error. */
  failed: string[];
}

const CALLS = [
  { name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } },
  { name: "crazyrouter_embeddings", arguments: { texts: ["a", "b"], similarity: true } },
  { name: "crazyrouter_generate_image", arguments: { prompt: "a kite" } },
  { name: "crazyrouter_list_models", arguments: {} },
];

/**
 * Starts a server the way an MCP client does (stdio, the SDK's client), lists its tools and calls each once.
 * Only PATH is inherited, so the server sees exactly the env the launch gives it (plus an image folder).
 */
export async function exerciseServer(launch: { command: string; args: string[]; env: Record<string, string>; cwd?: string }): Promise<ServerExercise> {
  const transport = new StdioClientTransport({
    command: launch.command,
    args: launch.args,
    cwd: launch.cwd,
    env: { PATH: process.env.PATH ?? "", CRAZYROUTER_OUTPUT_DIR: mkdtempSync(join(tmpdir(), "crazyrouter-images-")), ...launch.env },
    stderr: "ignore",
  });
  const client = new Client({ name: "crazyrouter-test-client", version: "0.0.0" });
  try {
    await client.connect(transport);
    const tools = (await client.listTools()).tools.map((tool) => tool.name);
    const texts: Record<string, string> = {};
    const failed: string[] = [];
    for (const call of CALLS) {
      const result = await client.callTool(call);
      texts[call.name] = (result.content as Array<{ type: string; text?: string }>).find((block) => block.type === "text")?.text ?? "";
      if (result.isError) failed.push(call.name);
    }
    return { tools, texts, failed };
  } finally {
    await client.close();
  }
}
