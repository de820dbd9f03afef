/**
 * @crazyrouter/dify: the Crazyrouter model-provider plugin and image tool plugin for Dify, generated from
 * the core's operation definitions and packed as `.difypkg` files (plus a `.difybndl` carrying both).
 */
export { SIGNING_PUBLIC_KEY_FILE, writeDifyPlugins, type WriteDifyPluginsOptions } from "./write-dify-plugins.js";
export { buildDifyPlugins } from "./build-dify-plugins.js";
export type { PluginFile, PluginFolder } from "./plugin-folder.js";
export { difypkgFileName, packDifypkg } from "./packaging/pack-difypkg.js";
export { difybndlFileName, packDifybndl } from "./packaging/pack-difybndl.js";
export { packageChecksum, pluginChecksum } from "./packaging/plugin-checksum.js";
export type { AuthorizedCategory, DifySigning } from "./signing/dify-signing.js";
export { VERIFICATION_FILE } from "./signing/sign-package-entries.js";
export { parseSigningKey, resolveSigningKey, SIGNING_KEY_ENV, SIGNING_KEY_FILE_ENV, signingPublicKeyPem } from "./signing/signing-key.js";
export { MAX_PACKAGE_BYTES } from "./packaging/zip-files.js";
export { DIFY_PLUGIN_REQUIREMENT, IMAGE_PLUGIN_NAME, MODEL_PLUGIN_NAME, PLUGIN_AUTHOR, PLUGIN_CREATED_AT, PLUGIN_VERSION } from "./plugin-metadata.js";
export { PREDEFINED_CHAT_MODELS, PREDEFINED_EMBEDDING_MODELS } from "./model-plugin/model-catalogue.js";
export { connectionForms, type CredentialFormSchema } from "./model-plugin/credential-forms.js";
export { CUSTOM_BASE_URL_OPTION } from "./base-url-options.js";
