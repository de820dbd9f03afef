import { createHash, sign } from "node:crypto";
import { sortZipEntries, type ZipEntry } from "../packaging/zip-files.js";
import type { DifySigning } from "./dify-signing.js";

/** The file the daemon reads a signed package's claims from (`consts.VERIFICATION_FILE`). */
export const VERIFICATION_FILE = ".verification.dify.json";

export interface SignedEntries {
  /** The package's files plus `.verification.dify.json`, in stored order. */
  entries: ZipEntry[];
  /** The zip archive comment that carries the signature: `{"signature":"<base64>","time":<unix seconds>}`. */
  comment: string;
}

/**
 * Signs a package the way the daemon's `withkey.SignPluginWithPrivateKey` does, so its `VerifyPluginWithPublicKeys`
 * accepts it: the message is SHA-256 of each stored file's content, concatenated in the zip's entry order
 * (`.verification.dify.json` included), followed by the decimal signing time; the signature is RSA PKCS#1 v1.5
 * over SHA-256 of that message, base64 in the zip comment beside the time. Paths are not part of the message, so
 * the entry order must be the stored order. The time is `signedAt` (the release's fixed timestamp, not the clock),
 * so one key gives the same bytes every run.
 */
export function signPackageEntries(files: readonly ZipEntry[], signing: DifySigning, signedAt: string): SignedEntries {
  if (files.some((file) => file.path === VERIFICATION_FILE)) throw new Error(`package already holds ${VERIFICATION_FILE}`);
  const time = Math.floor(Date.parse(signedAt) / 1000);
  if (!Number.isSafeInteger(time) || time <= 0) throw new Error(`signing time ${signedAt} is not a date after 1970`);
  // Same bytes as Go's json.Marshal of the daemon's Verification struct.
  const verification = JSON.stringify({ authorized_category: signing.authorizedCategory ?? "community" });
  const entries = sortZipEntries([...files, { path: VERIFICATION_FILE, bytes: new TextEncoder().encode(verification) }]);
  const message = Buffer.concat([...entries.map((entry) => createHash("sha256").update(entry.bytes).digest()), Buffer.from(String(time))]);
  // For an RSA key, crypto.sign with a digest name is RSASSA-PKCS1-v1_5, as Go's rsa.SignPKCS1v15.
  const signature = sign("sha256", message, signing.privateKey).toString("base64");
  return { entries, comment: JSON.stringify({ signature, time }) };
}
