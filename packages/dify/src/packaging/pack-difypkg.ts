import { fileBytes, type PluginFolder } from "../plugin-folder.js";
import { PLUGIN_CREATED_AT } from "../plugin-metadata.js";
import type { DifySigning } from "../signing/dify-signing.js";
import { signPackageEntries } from "../signing/sign-package-entries.js";
import { type ZipEntry, zipFiles } from "./zip-files.js";

/** `<name>-<version>.difypkg`, the file Dify's "Install plugin, Local package file" takes. */
export function difypkgFileName(plugin: PluginFolder): string {
  return `${plugin.name}-${plugin.version}.difypkg`;
}

/** What a package stores: the plugin's files, plus the signature file and zip comment when signed. */
export function difypkgContents(plugin: PluginFolder, signing?: DifySigning): { entries: ZipEntry[]; comment?: string } {
  if (!plugin.files.some((file) => file.path === "manifest.yaml")) throw new Error(`${plugin.name} has no manifest.yaml`);
  const entries = plugin.files.map((file) => ({ path: file.path, bytes: fileBytes(file) }));
  // Signed at the release's fixed timestamp, so a key gives the same bytes on every run.
  return signing ? signPackageEntries(entries, signing, PLUGIN_CREATED_AT) : { entries };
}

/**
 * A plugin folder as a .difypkg: a zip with manifest.yaml at its root. Unsigned unless `signing` is given; a signed
 * one passes the daemon's signature check for hosts that trust the signing key's public half.
 */
export function packDifypkg(plugin: PluginFolder, signing?: DifySigning): Uint8Array {
  const { entries, comment } = difypkgContents(plugin, signing);
  return zipFiles(entries, PLUGIN_CREATED_AT, comment);
}
