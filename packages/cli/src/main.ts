/**
 * The `crazyrouter` command line. Each subcommand's module is imported only when it runs, so a one-shot
 * call loads just what it needs.
 */
import { parseArgs } from "node:util";
import { resolveCliConfig } from "./cli-config.js";
import { parseTimeout } from "./parse-timeout.js";
import { reportError } from "./report-error.js";
import { USAGE } from "./usage.js";

const write = (text: string) => process.stdout.write(text);
const writeError = (text: string) => process.stderr.write(text);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
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
      version: { type: "boolean" },
    },
  });
  const [command, ...rest] = positionals;
  // Every command that calls the gateway honours --timeout; doctor reads it as its per-check deadline.
  const timeoutMs = values.timeout === undefined ? undefined : parseTimeout(values.timeout);
  if (values.version) {
    const { CLI_VERSION } = await import("./cli-version.js");
    write(`${CLI_VERSION}\n`);
    return 0;
  }
  if (values.help || !command) {
    write(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case "generate": {
      const { runGenerate } = await import("./commands/generate.js");
      return runGenerate({ outDir: values.out ?? "artifacts", openapiDir: values["openapi-dir"], difySigningKey: values["dify-signing-key"], env: process.env }, write);
    }
    case "models": {
      const [{ runModels }, { nodeDependencies }] = await Promise.all([import("./commands/models.js"), import("./node-dependencies.js")]);
      return runModels(resolveCliConfig(values, process.env), { timeoutMs }, write, nodeDependencies().createClient);
    }
    case "chat": {
      const prompt = rest.join(" ").trim();
      if (!prompt) {
        writeError('error: give a prompt, e.g. crazyrouter chat "Reply only OK"\n');
        return 2;
      }
      const [{ runChat }, { nodeDependencies }] = await Promise.all([import("./commands/chat.js"), import("./node-dependencies.js")]);
      const options = { prompt, model: values.model, system: values.system, stream: !values["no-stream"], timeoutMs };
      return runChat(resolveCliConfig(values, process.env), options, write, nodeDependencies().createClient);
    }
    case "doctor": {
      const [{ runDoctorCommand }, { nodeDependencies }] = await Promise.all([import("./commands/doctor.js"), import("./node-dependencies.js")]);
      return runDoctorCommand(resolveCliConfig(values, process.env), values, nodeDependencies());
    }
    case "setup": {
      const [{ runSetupCommand }, { nodeDependencies }] = await Promise.all([import("./commands/setup.js"), import("./node-dependencies.js")]);
      return runSetupCommand(resolveCliConfig(values, process.env), { client: rest[0], showKey: values["show-key"] === true, model: values.model, timeoutMs }, nodeDependencies());
    }
    default:
      writeError(`error: unknown command "${command}"\n\n${USAGE}`);
      return 2;
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
