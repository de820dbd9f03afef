import { zipSync, type Zippable } from "fflate";

/** The largest package Dify's plugin daemon accepts by default (uncompressed bytes). */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * A reproducible zip: file entries only (no directory entries), sorted by path, every entry stamped with the
 * same time. fflate writes DOS timestamps from a Date's local fields, so the Date is built from local fields
 * too: the bytes are the same in every time zone.
 */
export function zipFiles(entries: readonly ZipEntry[], stampedAt: string): Uint8Array {
  const stamp = new Date(stampedAt);
  const mtime = new Date(stamp.getUTCFullYear(), stamp.getUTCMonth(), stamp.getUTCDate(), stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds());
  const seen = new Set<string>();
  let total = 0;
  const zippable: Zippable = {};
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (entry.path.endsWith("/") || entry.path.startsWith("/") || entry.path.includes("\\")) {
      throw new Error(`not a relative file path: ${entry.path}`);
    }
    if (seen.has(entry.path)) throw new Error(`duplicate file ${entry.path}`);
    seen.add(entry.path);
    total += entry.bytes.length;
    zippable[entry.path] = [entry.bytes, { mtime, level: 9, os: 3, attrs: 0o100644 << 16 }];
  }
  if (total > MAX_PACKAGE_BYTES) throw new Error(`package would hold ${total} bytes, more than Dify's ${MAX_PACKAGE_BYTES}`);
  return zipSync(zippable);
}
