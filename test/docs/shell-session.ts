/**
 * Runs a README's commands as a user at a terminal does: one bash, one command at a time, each to its end, with
 * job control on (`kill %1` stops a whole background job, as in an interactive shell). A command ending in `&`
 * starts a server: like a user, the session waits until it prints "listening" (or ends) before typing the next
 * line. No timers: every wait is on the shell's own output.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { ShellCommand } from "./readme-shell-blocks.js";

export interface SessionResult {
  /** Undefined when every command exited 0 and every server started was stopped by the block itself. */
  problem: string | undefined;
  /** `$ command` lines and what each printed, as a terminal would show them. */
  transcript: string;
}

export interface SessionOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What a server prints once it accepts connections (the dev gateway and the MCP server both say "listening"). */
  readyPattern?: RegExp;
  signal?: AbortSignal | undefined;
}

/** The command's code and its trailing `# comment` apart, quotes respected. */
export function splitComment(text: string): { code: string; comment: string } {
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === "\\" && quote === '"') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "\\") index++;
    else if (char === "#" && (index === 0 || /\s/.test(text[index - 1]!))) return { code: text.slice(0, index).trimEnd(), comment: text.slice(index) };
  }
  return { code: text.trimEnd(), comment: "" };
}

/** `server --port 1 &` → `server --port 1`; undefined for a foreground command (`a && b` included). */
export function backgroundBody(text: string): string | undefined {
  const { code } = splitComment(text);
  return /(^|[^&])&$/.test(code) ? code.slice(0, -1).trimEnd() : undefined;
}

/** Every `%N` the block's `kill` commands name. */
function killedJobs(commands: readonly ShellCommand[]): Set<number> {
  const jobs = new Set<number>();
  for (const { text } of commands) for (const match of splitComment(text).code.matchAll(/\bkill\b[^;&|]*?%(\d+)/g)) jobs.add(Number(match[1]));
  return jobs;
}

export async function runShellSession(commands: readonly ShellCommand[], options: SessionOptions): Promise<SessionResult> {
  const background = commands.filter((command) => backgroundBody(command.text) !== undefined).length;
  const killed = killedJobs(commands);
  for (let job = 1; job <= background; job++) {
    if (!killed.has(job)) return { problem: `the block starts a server (job %${job}) with & but never stops it: end it with kill %${job}`, transcript: "" };
  }

  const nonce = randomBytes(6).toString("hex");
  const marker = (kind: string) => `__docs_${kind}_${nonce}`;
  const markerLine = new RegExp(`^.*__docs_\\w+_${nonce}.*\\n?`, "gm");
  const ready = options.readyPattern ?? /listening/i;

  const bash = spawn("bash", ["--norc", "--noprofile"], { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const jobGroups: number[] = [];
  let output = "";
  let exited = false;
  const wakeups = new Set<() => void>();
  const wake = () => {
    for (const wakeup of [...wakeups]) wakeup();
  };
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const match of output.matchAll(new RegExp(`${marker("pid")} (\\d+)`, "g")))
      if (!jobGroups.includes(Number(match[1]))) jobGroups.push(Number(match[1]));
    wake();
  };
  bash.stdout.on("data", collect);
  bash.stderr.on("data", collect);
  bash.on("close", () => {
    exited = true;
    wake();
  });
  const abort = () => wake();
  options.signal?.addEventListener("abort", abort);

  /** Resolves with what `find` finds in the output from `from` on, or undefined once bash has exited or the test was aborted. */
  const waitFor = <T>(from: number, find: (text: string) => T | undefined): Promise<T | undefined> =>
    new Promise((resolve) => {
      const check = () => {
        const found = find(output.slice(from));
        if (found !== undefined || exited || options.signal?.aborted) {
          wakeups.delete(check);
          resolve(found);
        }
      };
      wakeups.add(check);
      check();
    });

  const transcript: string[] = [];
  const shown = (from: number, to = output.length) => output.slice(from, to).replace(markerLine, "");
  const stopEverything = () => {
    // Only what this session started: its bash and the process group of each job it put in the background.
    for (const group of [...jobGroups, bash.pid!]) {
      try {
        process.kill(-group, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  const fail = (problem: string): SessionResult => {
    stopEverything();
    return { problem, transcript: transcript.join("\n") };
  };

  try {
    bash.stdin.write("set -m\nexec 2>&1\n");
    let jobNumber = 0;
    for (const [index, command] of commands.entries()) {
      const from = output.length;
      const body = backgroundBody(command.text);
      if (body !== undefined) {
        jobNumber++;
        const ended = `${marker("end")}_${index}`;
        bash.stdin.write(`{ ${body}\necho "${ended} $?"\n} < /dev/null &\necho "${marker("pid")} $!"\n`);
        const state = await waitFor(from, (text) => (ready.test(text) ? "ready" : text.includes(ended) ? "ended" : undefined));
        transcript.push(`$ ${command.text}`, shown(from).trimEnd());
        if (state !== "ready")
          return fail(`line ${command.line}: the server (job %${jobNumber}) ${state === "ended" ? "ended" : "did not start"} before printing "listening"`);
        continue;
      }
      const status = `${marker("status")}_${index}`;
      bash.stdin.write(`{ ${command.text}\n} < /dev/null\necho "${status} $?"\n`);
      const code = await waitFor(from, (text) => new RegExp(`${status} (\\d+)`).exec(text)?.[1]);
      transcript.push(`$ ${command.text}`, shown(from).trimEnd());
      if (code === undefined) return fail(`line ${command.line}: the shell ended before the command did`);
      if (code !== "0") return fail(`line ${command.line}: exit status ${code}`);
    }
    // Every server the block started must end by itself once the block's `kill` reached it.
    const from = output.length;
    bash.stdin.end(`wait\necho "${marker("done")}"\n`);
    const done = await waitFor(from, (text) => (text.includes(marker("done")) ? true : undefined));
    const tail = shown(from).trim();
    if (tail) transcript.push(tail);
    if (!done) return fail("the block's background jobs did not end");
    return { problem: options.signal?.aborted ? "aborted" : undefined, transcript: transcript.join("\n") };
  } finally {
    options.signal?.removeEventListener("abort", abort);
    if (options.signal?.aborted) stopEverything();
  }
}
