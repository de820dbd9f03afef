import { PLUGIN_AUTHOR, PLUGIN_CREATED_AT, PLUGIN_MEMORY_BYTES, PLUGIN_VERSION, PYTHON_RUNNER_VERSION } from "./plugin-metadata.js";

export interface ManifestInput {
  name: string;
  label: string;
  description: string;
  plugins: { models?: string[]; tools?: string[] };
  tags?: string[];
}

/**
 * A plugin's manifest.yaml content, as Dify's plugin daemon and the SDK read it. A plugin declares either
 * models or tools, never both (the daemon rejects the mix).
 */
export function buildManifest(input: ManifestInput): Record<string, unknown> {
  if (input.plugins.models?.length && input.plugins.tools?.length) {
    throw new Error(`${input.name}: a Dify plugin that declares models may not declare tools`);
  }
  return {
    version: PLUGIN_VERSION,
    type: "plugin",
    author: PLUGIN_AUTHOR,
    name: input.name,
    label: { en_US: input.label },
    description: { en_US: input.description },
    icon: "icon.svg",
    ...(input.tags ? { tags: input.tags } : {}),
    resource: {
      memory: PLUGIN_MEMORY_BYTES,
      // The plugins only call the gateway; they never call back into Dify.
      permission: { tool: { enabled: false }, model: { enabled: false }, storage: { enabled: false, size: 1048576 } },
    },
    plugins: input.plugins,
    meta: {
      version: "0.0.1",
      arch: ["amd64", "arm64"],
      runner: { language: "python", version: PYTHON_RUNNER_VERSION, entrypoint: "main" },
    },
    created_at: PLUGIN_CREATED_AT,
    privacy: "PRIVACY.md",
  };
}
