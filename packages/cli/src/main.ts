/**
 * The `crazyrouter` command line. Each subcommand's module is imported only when it runs, so a one-shot
 * call loads just what it needs. The gateway client (node-dependencies) is imported here, not with each command:
 * four of the five commands need it, and a module every command shares is one file more for each to load.
 */
import { CLI_COMMANDS, type CommandName, GLOBAL_FLAGS, isCommandName } from "./cli-commands.js";
import { resolveCliConfig } from "./cli-config.js";
import { parseTimeout } from "./parse-timeout.js";
import { CLI_VERSION } from "./cli-version.js";
import { nodeDependencies } from "./node-dependencies.js";
import { writeStdout } from "./io/stdout-writer.js";
import { reportError } from "./report-error.js";
import { USAGE } from "./usage.js";
import { isParseArgsError, parseArgsProblem, usageError } from "./usage-error.js";

// From process.getBuiltinModule, not an import: the ES module view of node:util reads every export on import, and
// its lazy getters load Node's diff and colour code and open stderr, several ms of every start.
const { parseArgs } = process.getBuiltinModule("node:util");

const write = writeStdout;
const writeError = (text: string) => process.stderr.write(text);

/** Every flag any command takes; `checkUsage` then refuses those the chosen command does not. */
const OPTIONS = {
  "base-url": { type: "string" },
  out: { type: "string" },
  "openapi-dir": { type: "string" },
  "dify-signing-key": { type: "string" },
  model: { type: "string" },
  system: { type: "string" },
  "no-stream": { type: "boolean" },
  "embedding-model": { type: "string" },
  "image-model": { type: "string" },
  dimensions: { type: "string" },
  images: { type: "boolean" },
  regions: { type: "boolean" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  "show-key": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    // node:util says what was wrong ("Unknown option '--x'", "Option '--model <value>' argument missing").
    throw isParseArgsError(error) ? usageError(parseArgsProblem(error)) : error;
  }
}

/** Refuses flags the command does not take and words it does not expect, so nothing is silently ignored. */
function checkUsage(command: CommandName, flags: readonly string[], words: readonly string[]): void {
  const spec = CLI_COMMANDS[command];
  const foreign = flags.filter((flag) => !spec.flags.includes(flag) && !GLOBAL_FLAGS.includes(flag));
  if (foreign.length > 0) {
    throw usageError(
      `crazyrouter ${command} does not take ${foreign.map((flag) => `--${flag}`).join(", ")}.`,
      `Its options: ${spec.flags.map((flag) => `--${flag}`).join(", ") || "none"}. Run crazyrouter --help for the rest.`,
    );
  }
  if (spec.arguments === "none" && words.length > 0) throw usageError(`crazyrouter ${command} takes no arguments, got "${words.join(" ")}".`);
  if (spec.arguments === "one-optional" && words.length > 1)
    throw usageError(
      `crazyrouter ${command} takes one client, got "${words.join(" ")}".`,
      "For example: crazyrouter setup nextchat. crazyrouter setup alone lists the clients.",
    );
  if (spec.arguments === "some" && words.join(" ").trim() === "")
    throw usageError("crazyrouter chat needs a prompt.", 'For example: crazyrouter chat "Reply only OK".');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.version) {
    write(`${CLI_VERSION}\n`);
    return 0;
  }
  if (values.help) {
    write(USAGE);
    return 0;
  }
  if (!command) {
    writeError(`error: no command given.\n\n${USAGE}`);
    return 2;
  }
  if (!isCommandName(command)) {
    throw usageError(`Unknown command "${command}".`, `Use one of: ${Object.keys(CLI_COMMANDS).join(", ")}. Run crazyrouter --help for what each does.`);
  }
  checkUsage(command, Object.keys(values), rest);
  // Every command that calls the gateway honours --timeout; doctor reads it as its per-check deadline.
  const timeoutMs = values.timeout === undefined ? undefined : parseTimeout(values.timeout);
  switch (command) {
    case "generate": {
      const { runGenerate } = await import("./commands/generate.js");
      return runGenerate(
        { outDir: values.out ?? "artifacts", openapiDir: values["openapi-dir"], difySigningKey: values["dify-signing-key"], env: process.env },
        write,
      );
    }
    case "models": {
      const { runModels } = await import("./commands/models.js");
      return runModels(resolveCliConfig(values, process.env), { timeoutMs }, write, nodeDependencies().createClient);
    }
    case "chat": {
      const { runChat } = await import("./commands/chat.js");
      const options = { prompt: rest.join(" ").trim(), model: values.model, system: values.system, stream: !values["no-stream"], timeoutMs };
      return runChat(resolveCliConfig(values, process.env), options, write, nodeDependencies().createClient);
    }
    case "doctor": {
      const { runDoctorCommand } = await import("./commands/doctor.js");
      return runDoctorCommand(resolveCliConfig(values, process.env), { ...values, timeoutMs }, nodeDependencies());
    }
    case "setup": {
      const { runSetupCommand } = await import("./commands/setup.js");
      return runSetupCommand(
        resolveCliConfig(values, process.env),
        { client: rest[0], showKey: values["show-key"] === true, model: values.model, timeoutMs },
        nodeDependencies(),
      );
    }
  }
}

export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportError(error, writeError);
    },
  );
}
