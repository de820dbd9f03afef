/**
 * @crazyrouter/dify: the Crazyrouter model-provider plugin and image tool plugin for Dify, generated from
 * the core's operation definitions and packed as `.difypkg` files (plus a `.difybndl` carrying both).
 */
export { writeDifyPlugins } from "./write-dify-plugins.js";
export { buildDifyPlugins } from "./build-dify-plugins.js";
export type { PluginFile, PluginFolder } from "./plugin-folder.js";
export { difypkgFileName, packDifypkg } from "./packaging/pack-difypkg.js";
export { difybndlFileName, packDifybndl } from "./packaging/pack-difybndl.js";
export { pluginChecksum } from "./packaging/plugin-checksum.js";
export { MAX_PACKAGE_BYTES } from "./packaging/zip-files.js";
export {
  DIFY_PLUGIN_REQUIREMENT,
  IMAGE_PLUGIN_NAME,
  MODEL_PLUGIN_NAME,
  PLUGIN_AUTHOR,
  PLUGIN_CREATED_AT,
  PLUGIN_VERSION,
} from "./plugin-metadata.js";
export { PREDEFINED_CHAT_MODELS, PREDEFINED_EMBEDDING_MODELS } from "./model-plugin/model-catalogue.js";
