import { fileBytes, type PluginFolder } from "../plugin-folder.js";
import { PLUGIN_CREATED_AT } from "../plugin-metadata.js";
import { zipFiles } from "./zip-files.js";

/** `<name>-<version>.difypkg`, the file Dify's "Install plugin, Local package file" takes. */
export function difypkgFileName(plugin: PluginFolder): string {
  return `${plugin.name}-${plugin.version}.difypkg`;
}

/** A plugin folder as a .difypkg: a zip with manifest.yaml at its root (unsigned). */
export function packDifypkg(plugin: PluginFolder): Uint8Array {
  if (!plugin.files.some((file) => file.path === "manifest.yaml")) throw new Error(`${plugin.name} has no manifest.yaml`);
  return zipFiles(
    plugin.files.map((file) => ({ path: file.path, bytes: fileBytes(file) })),
    PLUGIN_CREATED_AT,
  );
}
