import packageJson from "../package.json" with { type: "json" };

/** Identity shared by the generated plugins: who publishes them, which version, and the SDK they need. */
export const PLUGIN_AUTHOR = "crazyrouter";
/** The package's version, which a release bumps with every other package's (x.y.z, as Dify's manifest requires). */
export const PLUGIN_VERSION = packageJson.version;
/** Fixed, so generating twice gives the same bytes; bump it together with PLUGIN_VERSION. */
export const PLUGIN_CREATED_AT = "2026-11-01T00:00:00Z";
export const MODEL_PLUGIN_NAME = "crazyrouter";
export const IMAGE_PLUGIN_NAME = "crazyrouter_image";
export const BUNDLE_NAME = "crazyrouter_bundle";
/** The runtime Dify starts the plugin with; the code also runs on 3.11 (dify_plugin 0.5.1 to 0.7.4). */
export const PYTHON_RUNNER_VERSION = "3.12";
/**
 * Every release our suites pass on, lowest to newest: 0.5.1 up to 0.7.4 (the last for Python 3.11) and the 0.8+ lines
 * that need 3.12 (0.10.2 is what the daemon's 3.12 venv gets today). Below 1.0, so an API break stays out.
 * testing/dify-sdk-runtimes.ts runs the suites on its bounds.
 */
export const DIFY_PLUGIN_REQUIREMENT = "dify_plugin>=0.5.1,<1.0.0";
export const HOMEPAGE_URL = "https://crazyrouter.com";
/** Memory the plugin daemon reserves for one plugin process (bytes). */
export const PLUGIN_MEMORY_BYTES = 268_435_456;
