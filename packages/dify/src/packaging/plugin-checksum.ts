import { createHash } from "node:crypto";
import { fileBytes, type PluginFolder } from "../plugin-folder.js";

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

/**
 * The identifier Dify's daemon gives a package: SHA-256 over, for each file in path order, SHA-256(path)
 * followed by SHA-256(content). Bundles refer to the packages they carry by it.
 */
export function pluginChecksum(plugin: PluginFolder): string {
  const files = [...plugin.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts = files.flatMap((file) => [sha256(file.path), sha256(fileBytes(file))]);
  return sha256(Buffer.concat(parts)).toString("hex");
}
