import { CrazyrouterError, formatErrorFacts } from "@crazyrouter/core";

/** Prints an error for a person (stderr) and returns the exit code. */
export function reportError(error: unknown, write: (text: string) => void): number {
  if (CrazyrouterError.isInstance(error)) {
    write(`error: ${error.message}\n`);
    write(`  (${formatErrorFacts(error)})\n  fix: ${error.hint}\n`);
    return error.code === "invalid_input" ? 2 : 1;
  }
  write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
