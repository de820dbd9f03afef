/**
 * Which modules a run of the built bin loads: every load, by import or require, goes through a `node:module` load
 * hook that appends its URL to a file, and each loaded file of the bundle is named by the sources its source map
 * lists. Tests use it to check that a command loads only what it needs.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BinRun, runBuiltBin } from "./built-bin.js";

const LOG_VARIABLE = "CRAZYROUTER_TEST_LOAD_LOG";

const hook = `
import { registerHooks } from "node:module";
import { appendFileSync } from "node:fs";
registerHooks({
  load(url, context, nextLoad) {
    appendFileSync(process.env.${LOG_VARIABLE}, url + "\\n");
    return nextLoad(url, context);
  },
});
// Built-in modules reach a process other ways too (require inside Node, process.getBuiltinModule): Node's own list.
process.on("exit", () => appendFileSync(process.env.${LOG_VARIABLE}, process.moduleLoadList.filter((name) => name.startsWith("NativeModule ")).map((name) => "native:" + name.slice(13)).join("\\n") + "\\n"));
// Whether anything read process.stdout, which creates its stream.
const stdoutGetter = Object.getOwnPropertyDescriptor(process, "stdout");
let stdoutRead = false;
Object.defineProperty(process, "stdout", { ...stdoutGetter, get() { stdoutRead = true; return stdoutGetter.get.call(process); } });
process.on("exit", () => appendFileSync(process.env.${LOG_VARIABLE}, "stdout-read:" + stdoutRead + "\\n"));
// zod's core sets this global when it is evaluated.
process.on("exit", () => appendFileSync(process.env.${LOG_VARIABLE}, "zod-evaluated:" + (globalThis.__zod_globalConfig !== undefined) + "\\n"));`;

export interface LoadedModules extends BinRun {
  /** Node builtins the run imported as ES modules, e.g. `node:util`. */
  builtins: string[];
  /** Every Node built-in module the process loaded, however it was reached, by Node's internal names (e.g. `zlib`). */
  nativeModules: string[];
  /** Source files inside the loaded chunks of the bundle, as their source maps name them (relative to dist/). */
  sources: string[];
  /** Whether zod's code ran (a bundle may load zod's code and evaluate it only on first use). */
  zodEvaluated: boolean;
  /** Whether anything read `process.stdout` (which creates a stream over the pipe or terminal). */
  stdoutRead: boolean;
}

export async function runBuiltBinLoading(args: string[], env: Record<string, string>): Promise<LoadedModules> {
  const directory = mkdtempSync(path.join(tmpdir(), "crazyrouter-loads-"));
  const log = path.join(directory, "loads.txt");
  try {
    const run = await runBuiltBin(args, { ...env, [LOG_VARIABLE]: log }, ["--import", `data:text/javascript,${encodeURIComponent(hook)}`]);
    const urls = readFileSync(log, "utf8").split("\n").filter(Boolean);
    const builtins = urls.filter((url) => url.startsWith("node:"));
    const nativeModules = urls.filter((url) => url.startsWith("native:")).map((url) => url.slice("native:".length));
    const sources = urls
      .filter((url) => url.startsWith("file:"))
      .flatMap((url) => {
        const file = fileURLToPath(url);
        const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
        return map.sources;
      });
    return { ...run, builtins, nativeModules, sources, zodEvaluated: urls.includes("zod-evaluated:true"), stdoutRead: urls.includes("stdout-read:true") };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
