/**
 * The shell blocks of a README: every ```sh (or bash, shell) fence, its commands one per line (a line ending in `\`
 * continues), and the marker comment right above it, if any (see docs/readme-commands.md).
 */
import { readFileSync } from "node:fs";

/** How the docs test treats a block: run it (the default), in a given folder, with n8n provided, or only check its shape. */
export type BlockMarker = { kind: "run" } | { kind: "cwd"; folder: string } | { kind: "needs"; what: string } | { kind: "shape"; reason: string };

export interface ShellCommand {
  /** The command as written (continuation lines joined with their backslash-newline). */
  text: string;
  /** 1-based line in the README where the command starts. */
  line: number;
}

export interface ShellBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  marker: BlockMarker;
  commands: ShellCommand[];
  /** The block's text, dedented, as the README shows it. */
  source: string;
}

const FENCE = /^(\s*)```(\w*)\s*$/;
const SHELL_LANGUAGES = new Set(["sh", "bash", "shell"]);
const MARKER = /^\s*<!--\s*docs-test:\s*(.*?)\s*-->\s*$/;

function parseMarker(text: string, where: string): BlockMarker {
  const [kind, ...rest] = text.split(":");
  const value = rest.join(":").trim();
  if (kind === "shape" && value) return { kind: "shape", reason: value };
  if (kind === "cwd" && value) return { kind: "cwd", folder: value };
  if (kind === "needs" && value) return { kind: "needs", what: value };
  throw new Error(`${where}: unknown docs-test marker "${text}" (use "shape: why", "cwd: folder" or "needs: n8n")`);
}

function commandsOf(lines: readonly string[], firstLine: number): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let pending: ShellCommand | undefined;
  lines.forEach((raw, index) => {
    if (pending) pending.text += `\n${raw}`;
    else if (raw.trim() === "" || /^\s*#/.test(raw)) return;
    else pending = { text: raw, line: firstLine + index };
    if (!/\\$/.test(raw)) {
      commands.push(pending);
      pending = undefined;
    }
  });
  if (pending) commands.push(pending);
  return commands;
}

export function readmeShellBlocks(file: string): ShellBlock[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: ShellBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    let end = index + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    if (SHELL_LANGUAGES.has(open[2]!)) {
      const body = lines.slice(index + 1, end).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)));
      let above = index - 1;
      while (above >= 0 && lines[above]!.trim() === "") above--;
      const marker = above >= 0 ? MARKER.exec(lines[above]!) : null;
      blocks.push({
        file,
        line: index + 1,
        marker: marker ? parseMarker(marker[1]!, `${file}:${above + 1}`) : { kind: "run" },
        commands: commandsOf(body, index + 2),
        source: body.join("\n"),
      });
    }
    index = end;
  }
  return blocks;
}
