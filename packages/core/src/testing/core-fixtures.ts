import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The folder of the core's rule tables (packages/core/fixtures): rules that live in several runtimes are data,
 * and each runtime's tests read the same table (vitest here, pytest in the Dify plugin, n8n's expressions).
 */
export const CORE_FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** One table's rows, parsed. */
export function readCoreFixture<Row>(fileName: string): Row[] {
  return (JSON.parse(readFileSync(new URL(fileName, new URL("../../fixtures/", import.meta.url)), "utf8")) as { rows: Row[] }).rows;
}
