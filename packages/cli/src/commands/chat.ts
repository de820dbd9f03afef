import { DEFAULT_CHAT_MODEL } from "@crazyrouter/core";
import type { CliConfig } from "../cli-config.js";
import type { ClientFactory } from "../client-factory.js";

export interface ChatCommandOptions {
  prompt: string;
  model?: string | undefined;
  system?: string | undefined;
  stream: boolean;
  /** From `--timeout`: the call's total deadline; the core's defaults when unset. */
  timeoutMs?: number | undefined;
}

/** `crazyrouter chat "prompt"`: one quick call, streamed to the terminal by default. */
export async function runChat(config: CliConfig, options: ChatCommandOptions, write: (text: string) => void, createClient: ClientFactory): Promise<number> {
  const client = createClient({ apiKey: config.apiKey ?? "", baseUrl: config.baseUrl, headers: config.headers, timeoutMs: options.timeoutMs });
  const messages = [...(options.system ? [{ role: "system" as const, content: options.system }] : []), { role: "user" as const, content: options.prompt }];
  const request = { model: options.model ?? DEFAULT_CHAT_MODEL, messages };
  try {
    if (!options.stream) {
      write(`${(await client.chat(request)).text}\n`);
      return 0;
    }
    for await (const chunk of await client.streamChat(request)) write(chunk.choices[0]?.delta?.content ?? "");
    write("\n");
    return 0;
  } finally {
    await client.close();
  }
}
