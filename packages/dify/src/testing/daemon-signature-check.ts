import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildGoProgram } from "@crazyrouter/core/testing";
import { packageRoot } from "../package-root.js";

/** The daemon's signature settings, by the environment variable names the daemon reads. */
export interface DaemonSignatureSettings {
  FORCE_VERIFYING_SIGNATURE?: "true" | "false";
  THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED?: "true" | "false";
  /** Comma-separated public key file paths. */
  THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS?: string;
  ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES?: "true" | "false";
}

export interface DaemonUpload {
  /** Whether the daemon's upload would store the package (or every package of the bundle). */
  accepted: boolean;
  /** The daemon's reason for refusing it. */
  error?: string;
  packages: Array<{
    /** For a bundle: the `_assets/` name the bundle manifest gives the package. */
    asset?: string;
    author: string;
    name: string;
    version: string;
    /** The daemon's `CalculateChecksum`. */
    checksum: string;
    verified: boolean;
    verify_error?: string;
    verification: { authorized_category: string } | null;
  }>;
}

const SETTING_NAMES = [
  "FORCE_VERIFYING_SIGNATURE",
  "THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED",
  "THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS",
  "ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES",
] as const;

/**
 * The built `signature-check` (a Go program written from the plugin daemon's upload and signature code, on the
 * libraries the daemon uses); gopkg.in/yaml.v3 comes from the Go module proxy on first use.
 */
export function buildSignatureCheck(): string {
  return buildGoProgram(join(packageRoot(), "signature-check"), "dify-signature-check", "the Dify signature check");
}

/** What Dify's plugin daemon, configured with `settings` (its defaults elsewhere), does with an uploaded file. */
export function uploadToDaemon(file: string, settings: DaemonSignatureSettings = {}): DaemonUpload {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of SETTING_NAMES) delete env[name];
  const ran = spawnSync(buildSignatureCheck(), [file], { env: { ...env, ...settings }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (ran.status !== 0) throw new Error(`signature-check failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as DaemonUpload;
}
