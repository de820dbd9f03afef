import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const built = new Map<string, string>();

/**
 * Builds the Go program in `programDir` (a committed go.mod, go.sum and *.go files) and returns the binary's path.
 * Test oracles written in Go (the Coze import check, the Dify signature check) use it. The binary is kept in the
 * temp folder under a hash of those files, so test processes share one build until a file changes. Needs Go 1.24 or
 * later on PATH, used as it is (GOTOOLCHAIN=local); modules come from the Go module proxy on first use, and go.mod
 * and go.sum are never rewritten (-mod=readonly). `purpose` names the program in errors ("the Coze import check").
 */
export function buildGoProgram(programDir: string, name: string, purpose: string): string {
  const known = built.get(programDir);
  if (known) return known;
  const sources = readdirSync(programDir)
    .filter((file) => file === "go.mod" || file === "go.sum" || file.endsWith(".go"))
    .sort();
  const hash = createHash("sha256");
  for (const file of sources) hash.update(file).update(readFileSync(join(programDir, file)));
  const target = join(tmpdir(), `crazyrouter-${name}-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(target)) {
    // env(1) adds GOTOOLCHAIN to the inherited environment: the Go on PATH is used as it is, never a download.
    const build = spawnSync("env", ["GOTOOLCHAIN=local", "go", "build", "-mod=readonly", "-o", target, "."], { cwd: programDir, encoding: "utf8" });
    // 127: env found no `go` on PATH.
    if (build.error || build.status === 127)
      throw new Error(`cannot run go (install Go 1.24 or newer to run ${purpose}): ${build.error?.message ?? build.stderr}`);
    if (build.status !== 0) throw new Error(`go build of ${purpose} failed:\n${build.stderr}`);
  }
  built.set(programDir, target);
  return target;
}
