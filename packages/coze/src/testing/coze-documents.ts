import { readFileSync } from "node:fs";
import type { StoredPluginDocument } from "../runtime/index.js";
import { renderCozeSpecFiles } from "../spec/render-coze-spec-files.js";
import { importIntoCozeStudio } from "./import-into-coze-studio.js";

function stored(specText: string, label: string): StoredPluginDocument {
  const result = importIntoCozeStudio(specText);
  if (!result.stored) throw new Error(`${label} does not import: ${JSON.stringify(result.stages)}`);
  return result.stored;
}

/** The global spec as generated now, as Coze Studio stores it after the Import flow. */
export function generatedStoredSpec(): StoredPluginDocument {
  const file = renderCozeSpecFiles().find((candidate) => candidate.fileName === "crazyrouter.yaml");
  if (!file) throw new Error("no crazyrouter.yaml generated");
  return stored(file.contents, file.fileName);
}

/**
 * The global spec as released at commit 53351ee, before the runtime rules were modelled. Kept so every runtime rule
 * test shows the simulator failing where that spec failed in Coze (issue 10), which proves the rule can fail.
 */
export function specBeforeRuntimeRules(): StoredPluginDocument {
  return stored(readFileSync(new URL("../../src/testing/fixtures/crazyrouter-spec-53351ee.json", import.meta.url), "utf8"), "the 53351ee spec");
}
