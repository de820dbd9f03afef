import { spawnSync } from "node:child_process";

/**
 * One file's text from a gzipped tarball (an npm package: `package/package.json`), read with the system's `tar`,
 * the same program users unpack packages with. Throws when the entry is missing.
 */
export function readTarballFile(tarball: string, entry: string): string {
  const read = spawnSync("tar", ["-xzOf", tarball, entry], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (read.status !== 0) throw new Error(`${entry} is not in ${tarball}: ${read.stderr.trim()}`);
  return read.stdout;
}

/** Every file path in a gzipped tarball, sorted. */
export function listTarball(tarball: string): string[] {
  const listed = spawnSync("tar", ["-tzf", tarball], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`cannot list ${tarball}: ${listed.stderr.trim()}`);
  return listed.stdout
    .split("\n")
    .filter((line) => line !== "" && !line.endsWith("/"))
    .sort();
}
