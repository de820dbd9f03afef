import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StoredPluginDocument } from "../runtime/index.js";

const programDir = fileURLToPath(new URL("../../import-check/", import.meta.url));

export interface CozeStudioImport {
  /** Each flow step the document went through, with the library's error where it stopped. */
  stages: Array<{ name: string; error?: string }>;
  /** The document as Coze Studio stores it, when every step passed. */
  stored?: StoredPluginDocument;
}

let binary: string | undefined;

/**
 * Builds `import-check` (a Go program on kin-openapi v0.118.0 and yaml.v3 v3.0.1, the versions Coze Studio's backend
 * pins) once per test process. Needs Go >= 1.24 on PATH; the modules come from the Go module proxy on first use.
 */
export function buildImportCheck(): string {
  if (binary) return binary;
  const hash = createHash("sha256");
  for (const file of ["go.mod", "go.sum", "main.go"]) hash.update(readFileSync(join(programDir, file)));
  const target = join(tmpdir(), `crazyrouter-coze-import-check-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(target)) {
    const built = spawnSync("go", ["build", "-mod=readonly", "-o", target, "."], {
      cwd: programDir,
      encoding: "utf8",
      env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=readonly" },
    });
    if (built.error) throw new Error(`cannot run go (install Go 1.24 or newer to run the Coze import check): ${built.error.message}`);
    if (built.status !== 0) throw new Error(`go build of the Coze import check failed:\n${built.stderr}`);
  }
  binary = target;
  return target;
}

/** Runs a spec's text through Coze Studio's import and edit-code flows (see import-check/main.go). */
export function importIntoCozeStudio(specText: string): CozeStudioImport {
  const ran = spawnSync(buildImportCheck(), [], { input: specText, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (ran.status !== 0) throw new Error(`import-check failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as CozeStudioImport;
}
