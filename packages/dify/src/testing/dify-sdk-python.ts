import { DAEMON_RUNTIME, type DifySdkRuntime } from "./dify-sdk-runtimes.js";
import { ensurePythonVenv } from "./python-venv.js";

/** What a test venv holds besides the SDK. */
export const TEST_REQUIREMENTS = ["pytest"];

/**
 * The Python of a venv holding exactly `dify_plugin==<runtime.difyPlugin>` on `runtime.python` (the daemon's
 * runtime unless told), cached as `${XDG_CACHE_HOME:-~/.cache}/crazyrouter-dify-py<python>-sdk<version>`.
 */
export function ensureDifySdkPython(runtime: DifySdkRuntime = DAEMON_RUNTIME): Promise<string> {
  return ensurePythonVenv({
    name: `crazyrouter-dify-py${runtime.python}-sdk${runtime.difyPlugin}`,
    python: runtime.python,
    requirements: [`dify_plugin==${runtime.difyPlugin}`, ...TEST_REQUIREMENTS],
  });
}
