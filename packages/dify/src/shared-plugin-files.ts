import { DIFY_PLUGIN_REQUIREMENT } from "./plugin-metadata.js";
import type { PluginFile } from "./plugin-folder.js";
import { renderGatewayConstants } from "./python-constants.js";
import { readPythonSource } from "./python-sources.js";

const commonModules = [
  "__init__.py",
  "api_key.py",
  "base_url.py",
  "bounded_map.py",
  "errors.py",
  "gateway_client.py",
  "image_download.py",
  "image_url_policy.py",
  "model_access.py",
  "pasted_text.py",
  "rate_limit_gate.py",
  "reasoning.py",
  "reasoning_request_rule.py",
  "retry_policy.py",
  "token_estimate.py",
];

/** `dify_plugin` is the only dependency: everything else the plugins use comes with it (requests, pydantic). */
export function requirementsTxt(): string {
  return `${DIFY_PLUGIN_REQUIREMENT}\n`;
}

const difyIgnore = [".venv/", "__pycache__/", "*.py[cod]", ".pytest_cache/", ".env", "*.difypkg", ""].join("\n");

/** Files both plugins carry: the shared Python package, the entry point, requirements and ignore list. */
export function sharedPluginFiles(): PluginFile[] {
  return [
    ...commonModules.map((module) => ({ path: `crazyrouter_common/${module}`, content: readPythonSource(`common/${module}`) })),
    { path: "crazyrouter_common/gateway_constants.py", content: renderGatewayConstants() },
    { path: "main.py", content: readPythonSource("main.py") },
    { path: "requirements.txt", content: requirementsTxt() },
    { path: ".difyignore", content: difyIgnore },
  ];
}
