import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readmeShellBlocks } from "./readme-shell-blocks.js";
import { backgroundBody, runShellSession } from "./shell-session.js";

const folder = mkdtempSync(path.join(tmpdir(), "crazyrouter-shell-session-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: folder };
const run = (...lines: string[]) =>
  runShellSession(
    lines.map((text, index) => ({ text, line: index + 1 })),
    { cwd: folder, env },
  );
/** A stand-in server: prints "listening", then waits for SIGTERM without any timer. */
const server = `${JSON.stringify(process.execPath)} -e 'console.log("listening"); process.stdin.resume(); process.on("SIGTERM", () => process.exit(0))'`;

describe("a README's shell blocks", () => {
  test("markers, continuation lines and indented fences are read as the README shows them", () => {
    const readme = path.join(folder, "README.md");
    writeFileSync(
      readme,
      [
        "# t",
        "",
        "<!-- docs-test: shape: needs a real key -->",
        "```sh",
        "a --x \\",
        "  --y",
        "# a comment",
        "b",
        "```",
        "",
        "1. step",
        "",
        "   <!-- docs-test: cwd: artifacts/n8n -->",
        "   ```bash",
        "   c",
        "   ```",
        "```json",
        "{}",
        "```",
      ].join("\n"),
    );
    const blocks = readmeShellBlocks(readme);
    expect(blocks.map((block) => [block.line, block.marker, block.commands])).toEqual([
      [
        4,
        { kind: "shape", reason: "needs a real key" },
        [
          { text: "a --x \\\n  --y", line: 5 },
          { text: "b", line: 8 },
        ],
      ],
      [14, { kind: "cwd", folder: "artifacts/n8n" }, [{ text: "c", line: 15 }]],
    ]);
  });

  test("background commands are told apart from && and from an & in a comment", () => {
    expect(backgroundBody("server --port 1 &   # wait")).toBe("server --port 1");
    expect(backgroundBody("a && b")).toBeUndefined();
    expect(backgroundBody("a # x &")).toBeUndefined();
    expect(backgroundBody('echo "&"')).toBeUndefined();
  });
});

describe("running a block as a user types it", () => {
  test("exports carry over from line to line, and every command's output is in the transcript", async () => {
    const result = await run("export GREETING=hello", 'echo "$GREETING world"');
    expect(result).toEqual({ problem: undefined, transcript: '$ export GREETING=hello\n\n$ echo "$GREETING world"\nhello world' });
  });

  test("a failing command fails the block with its line and what it printed", async () => {
    const result = await run("true", "ls /no/such/folder", "echo never");
    expect(result.problem).toBe("line 2: exit status 2");
    expect(result.transcript).toMatch(/\$ ls \/no\/such\/folder\n.*No such file or directory/);
    expect(result.transcript).not.toContain("never");
  });

  test("a server started with & is waited for until it says listening, and kill %1 ends it", async () => {
    const result = await run(`${server} &`, "echo after", "kill %1");
    expect(result.problem).toBeUndefined();
    expect(result.transcript.indexOf("listening")).toBeLessThan(result.transcript.indexOf("after"));
  });

  test("a server the block never stops fails before anything runs", async () => {
    expect((await run(`${server} &`, "echo after")).problem).toBe("the block starts a server (job %1) with & but never stops it: end it with kill %1");
  });

  test("a server that dies before listening fails the block", async () => {
    const result = await run("ls /no/such/folder &", "kill %1");
    expect(result.problem).toBe('line 1: the server (job %1) ended before printing "listening"');
  });

  test("commands read no input: stdin is empty, so nothing waits for a keyboard", async () => {
    expect((await run("cat", "echo done")).problem).toBeUndefined();
  });
});
