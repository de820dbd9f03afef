import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildGoProgram } from "@crazyrouter/core/testing";
import type { StoredPluginDocument } from "../runtime/index.js";

const programDir = fileURLToPath(new URL("../../import-check/", import.meta.url));

export interface CozeStudioImport {
  /** Each flow step the document went through, with the library's error where it stopped. */
  stages: Array<{ name: string; error?: string }>;
  /** The document as Coze Studio stores it, when every step passed. */
  stored?: StoredPluginDocument;
}

/**
 * Builds `import-check` (a Go program on kin-openapi v0.118.0 and yaml.v3 v3.0.1, the versions Coze Studio's backend
 * pins) once; the modules come from the Go module proxy on first use.
 */
export function buildImportCheck(): string {
  return buildGoProgram(programDir, "coze-import-check", "the Coze import check");
}

/** Runs a spec's text through Coze Studio's import and edit-code flows (see import-check/main.go). */
export function importIntoCozeStudio(specText: string): CozeStudioImport {
  const ran = spawnSync(buildImportCheck(), [], { input: specText, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (ran.status !== 0) throw new Error(`import-check failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as CozeStudioImport;
}
