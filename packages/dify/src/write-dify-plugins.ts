import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { buildDifyPlugins } from "./build-dify-plugins.js";
import { difybndlFileName, packDifybndl } from "./packaging/pack-difybndl.js";
import { difypkgFileName, packDifypkg } from "./packaging/pack-difypkg.js";
import type { DifySigning } from "./signing/dify-signing.js";
import { signingPublicKeyPem } from "./signing/signing-key.js";

/** The public key written beside signed packages: the file a Dify host lists in its trusted keys. */
export const SIGNING_PUBLIC_KEY_FILE = "crazyrouter.public.pem";

export interface WriteDifyPluginsOptions {
  /** Sign the packages (and those inside the bundle) with the publisher's key; unsigned without it. */
  signing?: DifySigning | undefined;
}

/**
 * Writes the two plugin folders (`crazyrouter/`, `crazyrouter_image/`) into `outputDir`, packs each as
 * `<name>-<version>.difypkg` and both as one `.difybndl`, and, when signing, the key's public half as
 * `crazyrouter.public.pem`. Returns the paths written: folders first, then packages, the bundle, the key.
 * Folders are replaced whole, so no stale file survives a regeneration; so is a public key left by a signed run.
 */
export async function writeDifyPlugins(outputDir: string, options: WriteDifyPluginsOptions = {}): Promise<string[]> {
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
    await writeFile(path, packDifypkg(plugin, options.signing));
    written.push(path);
  }
  const bundlePath = join(outputDir, difybndlFileName());
  await writeFile(bundlePath, packDifybndl(plugins, options.signing));
  written.push(bundlePath);
  const publicKeyPath = join(outputDir, SIGNING_PUBLIC_KEY_FILE);
  if (options.signing) {
    await writeFile(publicKeyPath, signingPublicKeyPem(options.signing.privateKey));
    written.push(publicKeyPath);
  } else {
    await rm(publicKeyPath, { force: true });
  }
  return written;
}
