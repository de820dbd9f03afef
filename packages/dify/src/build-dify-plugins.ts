import { imageToolPlugin } from "./image-plugin/image-tool-plugin.js";
import { modelProviderPlugin } from "./model-plugin/model-provider-plugin.js";
import type { PluginFolder } from "./plugin-folder.js";

/** Both plugins, in memory: the model provider first (the guides' first step), then the image tool. */
export function buildDifyPlugins(): PluginFolder[] {
  return [modelProviderPlugin(), imageToolPlugin()];
}
