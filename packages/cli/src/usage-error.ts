import { CrazyrouterError } from "@crazyrouter/core";

const SEE_HELP = "Run crazyrouter --help for the commands and their options.";

/** Bad usage (unknown command or flag, a missing or surplus argument): exit code 2, and what to do instead. */
export function usageError(message: string, hint = SEE_HELP): CrazyrouterError {
  return new CrazyrouterError({ code: "invalid_input", message, hint, field: "argv" });
}

/** node:util's parseArgs throws TypeErrors coded ERR_PARSE_ARGS_*; they are usage errors too. */
export function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/** parseArgs's first sentence says what was wrong; its advice about `--` for positionals does not fit here. */
export function parseArgsProblem(error: Error): string {
  return `${error.message.split(". To specify")[0]!.replace(/\.?$/, "")}.`;
}
