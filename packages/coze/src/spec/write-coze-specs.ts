import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderCozeSpecFiles } from "./render-coze-spec-files.js";

/** Writes the Coze plugin specs into `openapiDir` and answers the paths written. */
export async function writeCozeSpecs(openapiDir: string): Promise<string[]> {
  await mkdir(openapiDir, { recursive: true });
  const written: string[] = [];
  for (const file of renderCozeSpecFiles()) {
    const path = join(openapiDir, file.fileName);
    await writeFile(path, file.contents, "utf8");
    written.push(path);
  }
  return written;
}
