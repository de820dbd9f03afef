import { DIFY_PLUGIN_REQUIREMENT, PYTHON_RUNNER_VERSION } from "../plugin-metadata.js";

/** One Python + `dify_plugin` pair the suites run on. */
export interface DifySdkRuntime {
  /** `major.minor`, e.g. "3.12". */
  python: string;
  /** An exact `dify_plugin` release. */
  difyPlugin: string;
}

/** The lowest release our requirement admits, read from its `>=` bound so the two cannot disagree. */
export function lowestAdmittedDifyPlugin(requirement = DIFY_PLUGIN_REQUIREMENT): string {
  const lowest = /(?:^|,)\s*(?:dify_plugin\s*)?>=\s*([0-9][0-9.]*)/.exec(requirement)?.[1];
  if (!lowest) throw new Error(`no >= bound in ${requirement}`);
  return lowest;
}

/**
 * The newest release the package index offers for each Python (pip skips releases whose `Requires-Python` the
 * interpreter fails): 0.8 and later need 3.12, so 3.11 stops at 0.7.4 while the daemon's 3.12 venv gets the newest.
 * Pinned so a cached venv and a fresh one hold the same thing; raise a pin when a newer release comes out.
 */
export const NEWEST_DIFY_PLUGIN: Readonly<Record<string, string>> = { "3.11": "0.7.4", "3.12": "0.10.2" };

/**
 * The runtime the daemon gives our plugins in production: the manifest's runner Python with the newest release
 * pip resolves for it.
 */
export const DAEMON_RUNTIME: DifySdkRuntime = { python: PYTHON_RUNNER_VERSION, difyPlugin: newestFor(PYTHON_RUNNER_VERSION) };

/** Both Pythons, each with the lowest admitted and the newest release: the corners of what a host may run. */
export function difySdkMatrix(): DifySdkRuntime[] {
  const lowest = lowestAdmittedDifyPlugin();
  return ["3.11", PYTHON_RUNNER_VERSION].flatMap((python) => {
    const newest = newestFor(python);
    return newest === lowest
      ? [{ python, difyPlugin: lowest }]
      : [
          { python, difyPlugin: lowest },
          { python, difyPlugin: newest },
        ];
  });
}

function newestFor(python: string): string {
  const newest = NEWEST_DIFY_PLUGIN[python];
  if (!newest) throw new Error(`no newest dify_plugin recorded for Python ${python}`);
  return newest;
}
