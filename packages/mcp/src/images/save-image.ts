import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const SLUG_CHARS = 40;

/** Writes an image under a readable, collision-free name (time, prompt words, random suffix); returns its path. */
export async function saveImage(directory: string, bytes: Uint8Array, options: { prompt: string; index: number; extension: string }): Promise<string> {
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  const slug =
    options.prompt
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, SLUG_CHARS)
      .replace(/-+$/, "") || "image";
  const path = join(directory, `${stamp}-${slug}-${randomBytes(3).toString("hex")}-${options.index + 1}.${options.extension}`);
  // wx: never overwrite a file someone else put there.
  await writeFile(path, bytes, { flag: "wx" });
  return path;
}
