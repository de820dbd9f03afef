import { zipSync, type Zippable } from "fflate";
import { setZipComment } from "./set-zip-comment.js";

/** The largest package Dify's plugin daemon accepts by default (uncompressed bytes). */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** The order a package's entries are stored in: by path. A signature covers the entries in exactly this order. */
export function sortZipEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A reproducible zip: file entries only (no directory entries), in `sortZipEntries` order, every entry stamped with
 * the same time, and an optional archive comment (where Dify keeps a package's signature). fflate writes DOS
 * timestamps from a Date's local fields, so the Date is built from local fields too: the bytes are the same in every
 * time zone.
 */
export function zipFiles(entries: readonly ZipEntry[], stampedAt: string, comment?: string): Uint8Array {
  const stamp = new Date(stampedAt);
  const mtime = new Date(stamp.getUTCFullYear(), stamp.getUTCMonth(), stamp.getUTCDate(), stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds());
  const seen = new Set<string>();
  let total = 0;
  const zippable: Zippable = {};
  for (const entry of sortZipEntries(entries)) {
    if (entry.path.endsWith("/") || entry.path.startsWith("/") || entry.path.includes("\\")) {
      throw new Error(`not a relative file path: ${entry.path}`);
    }
    // An integer-like key would jump to the front of the object, and so of the zip, out of signed order.
    if (/^\d+$/.test(entry.path)) throw new Error(`a top-level file named only by digits is not supported: ${entry.path}`);
    if (seen.has(entry.path)) throw new Error(`duplicate file ${entry.path}`);
    seen.add(entry.path);
    total += entry.bytes.length;
    zippable[entry.path] = [entry.bytes, { mtime, level: 9, os: 3, attrs: 0o100644 << 16 }];
  }
  if (total > MAX_PACKAGE_BYTES) throw new Error(`package would hold ${total} bytes, more than Dify's ${MAX_PACKAGE_BYTES}`);
  const zip = zipSync(zippable);
  return comment === undefined ? zip : setZipComment(zip, comment);
}
