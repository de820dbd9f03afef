import path from "node:path";
import { generateDify } from "../generate/generate-dify.js";
import { generateMcp } from "../generate/generate-mcp.js";
import { packWorkspacePackage } from "../generate/pack-workspace-package.js";

export interface GenerateOptions {
  /** Folder that receives every artifact, one subfolder per platform. */
  outDir: string;
  /** Also refresh the committed Coze specs here (the repo's `openapi/`). */
  openapiDir?: string | undefined;
  /** The private key file that signs the Dify packages (else the environment may name one; else unsigned). */
  difySigningKey?: string | undefined;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * `crazyrouter generate`: every platform artifact from the core's single source. Generators are imported
 * when this command runs, so other commands never load them.
 */
export async function runGenerate(options: GenerateOptions, write: (text: string) => void): Promise<number> {
  const outDir = path.resolve(options.outDir);
  const report = (files: readonly string[]) => {
    for (const file of files) write(`wrote ${path.relative(process.cwd(), file) || file}\n`);
  };

  const { writeCozeSpecs } = await import("@crazyrouter/coze");
  report(await writeCozeSpecs(path.join(outDir, "coze")));
  if (options.openapiDir) report(await writeCozeSpecs(path.resolve(options.openapiDir)));

  const dify = await generateDify({ outDir: path.join(outDir, "dify"), signingKeyFile: options.difySigningKey, env: options.env ?? process.env });
  report(dify.files);
  write(dify.note);

  report([await packWorkspacePackage("n8n-nodes-crazyrouter", path.join(outDir, "n8n"))]);
  report(await generateMcp(path.join(outDir, "mcp")));
  return 0;
}
