import type { CliConfig } from "../cli-config.js";
import type { ClientFactory } from "../client-factory.js";

/** `crazyrouter models`: the model ids this key may call, one per line. */
export async function runModels(config: CliConfig, write: (text: string) => void, createClient: ClientFactory): Promise<number> {
  const client = createClient({ apiKey: config.apiKey ?? "", baseUrl: config.baseUrl, headers: config.headers });
  try {
    const { ids } = await client.listModels();
    write(`${ids.join("\n")}\n`);
    return 0;
  } finally {
    await client.close();
  }
}
