/**
 * The release workflow's npm step: publishes every npm tarball in the assets folder, the very files the tests
 * ran on, with provenance (the workflow grants `id-token: write`; n8n accepts community nodes only with it). A
 * version already on the registry is skipped, so a rerun after a partial failure finishes the job. Run as
 * `node packages/release/src/publish-npm-tarballs.ts <assets>`.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface NpmResult {
  ok: boolean;
  output: string;
}

/** Runs npm; the workflow's real one by default. */
export type Npm = (args: string[]) => Promise<NpmResult>;

const realNpm: Npm = (args) =>
  run("npm", args, { maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
    (error: { stdout?: string; stderr?: string; message: string }) => ({ ok: false, output: `${error.stdout ?? ""}${error.stderr ?? error.message}` }),
  );

async function manifestOf(tarball: string): Promise<{ name: string; version: string }> {
  const { stdout } = await run("tar", ["-xzOf", tarball, "package/package.json"], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as { name: string; version: string };
}

/** Publishes each `*.tgz` in `assetsDir`; returns one line per tarball saying what happened. Throws on a failure. */
export async function publishNpmTarballs(assetsDir: string, npm: Npm = realNpm): Promise<string[]> {
  const tarballs = readdirSync(assetsDir)
    .filter((name) => name.endsWith(".tgz"))
    .sort()
    .map((name) => join(assetsDir, name));
  if (tarballs.length === 0) throw new Error(`no npm tarball in ${assetsDir}`);
  const report: string[] = [];
  for (const tarball of tarballs) {
    const { name, version } = await manifestOf(tarball);
    const published = await npm(["view", `${name}@${version}`, "version"]);
    if (published.ok && published.output.trim() === version) {
      report.push(`${name}@${version}: already on the registry, skipped`);
      continue;
    }
    const result = await npm(["publish", tarball, "--provenance", "--access", "public"]);
    if (!result.ok) throw new Error(`npm publish ${tarball} failed:\n${result.output}`);
    report.push(`${name}@${version}: published with provenance`);
  }
  return report;
}

if (import.meta.main) {
  const [assetsDir] = process.argv.slice(2);
  if (!assetsDir) {
    process.stderr.write("usage: node packages/release/src/publish-npm-tarballs.ts <assets>\n");
    process.exit(2);
  }
  try {
    for (const line of await publishNpmTarballs(assetsDir)) process.stdout.write(`${line}\n`);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
