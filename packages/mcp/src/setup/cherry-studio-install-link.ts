import type { CherryStudioConfig } from "./cherry-studio-config.js";

/**
 * A `cherrystudio://mcp/install?servers=...` link that adds the servers in one click. Build its config with
 * `apiKey: null` unless the real key was asked for: whatever key the link carries lands in Cherry Studio's config
 * unseen, and a masked or placeholder key there is a broken server that only fails at the first tool call. Cherry Studio reads the
 * parameter with URLSearchParams and decodes it as base64 JSON; the base64 is percent-encoded because
 * URLSearchParams would turn its "+" into spaces and corrupt it.
 */
export function cherryStudioInstallLink(config: CherryStudioConfig): string {
  const base64 = Buffer.from(JSON.stringify(config), "utf8").toString("base64");
  return `cherrystudio://mcp/install?servers=${encodeURIComponent(base64)}`;
}
