import type { CliConfig } from "../cli-config.js";
import type { ClientFactory } from "../client-factory.js";

export interface ModelsCommandOptions {
  /** From `--timeout`: the call's total deadline; the core's default when unset. */
  timeoutMs?: number | undefined;
}

/** `crazyrouter models`: the model ids this key may call, one per line. */
export async function runModels(config: CliConfig, options: ModelsCommandOptions, write: (text: string) => void, createClient: ClientFactory): Promise<number> {
  const client = createClient({ apiKey: config.apiKey ?? "", baseUrl: config.baseUrl, headers: config.headers, timeoutMs: options.timeoutMs });
  try {
    const { ids } = await client.listModels();
    write(`${ids.join("\n")}\n`);
    return 0;
  } finally {
    await client.close();
  }
}
