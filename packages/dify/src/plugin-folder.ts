/** One file of a generated plugin, by its path inside the plugin folder (forward slashes). */
export interface PluginFile {
  path: string;
  content: string | Uint8Array;
}

/** A generated plugin before it is written or packaged. */
export interface PluginFolder {
  name: string;
  version: string;
  files: PluginFile[];
}

export function fileBytes(file: PluginFile): Uint8Array {
  return typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
}
