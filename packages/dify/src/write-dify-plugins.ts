import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { buildDifyPlugins } from "./build-dify-plugins.js";
import { difybndlFileName, packDifybndl } from "./packaging/pack-difybndl.js";
import { difypkgFileName, packDifypkg } from "./packaging/pack-difypkg.js";

/**
 * Writes the two plugin folders (`crazyrouter/`, `crazyrouter_image/`) into `outputDir`, packs each as
 * `<name>-<version>.difypkg` and both as one `.difybndl`. Returns the paths written: folders first, then
 * packages, then the bundle. Folders are replaced whole, so no stale file survives a regeneration.
 */
export async function writeDifyPlugins(outputDir: string): Promise<string[]> {
  const plugins = buildDifyPlugins();
  const written: string[] = [];
  for (const plugin of plugins) {
    const folder = join(outputDir, plugin.name);
    await rm(folder, { recursive: true, force: true });
    for (const file of plugin.files) {
      const path = join(folder, ...file.path.split("/"));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    written.push(folder);
  }
  for (const plugin of plugins) {
    const path = join(outputDir, difypkgFileName(plugin));
    await writeFile(path, packDifypkg(plugin));
    written.push(path);
  }
  const bundlePath = join(outputDir, difybndlFileName());
  await writeFile(bundlePath, packDifybndl(plugins));
  written.push(bundlePath);
  return written;
}
