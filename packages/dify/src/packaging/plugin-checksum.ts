import { createHash } from "node:crypto";
import { fileBytes, type PluginFolder } from "../plugin-folder.js";
import { sortZipEntries, type ZipEntry } from "./zip-files.js";

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

/**
 * The identifier Dify's daemon gives a package: SHA-256 over, for each file in path order, SHA-256(path)
 * followed by SHA-256(content). Every file counts, a signed package's `.verification.dify.json` too. Bundles refer
 * to the packages they carry by it.
 */
export function packageChecksum(entries: readonly ZipEntry[]): string {
  return sha256(Buffer.concat(sortZipEntries(entries).flatMap((entry) => [sha256(entry.path), sha256(entry.bytes)]))).toString("hex");
}

/** The checksum of a plugin packed unsigned. */
export function pluginChecksum(plugin: PluginFolder): string {
  return packageChecksum(plugin.files.map((file) => ({ path: file.path, bytes: fileBytes(file) })));
}
