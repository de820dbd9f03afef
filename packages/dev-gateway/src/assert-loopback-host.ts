import { isIP } from "node:net";

/** Whether `host` names the local machine only: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1" || /^::ffff:127\./.test(bare);
  return false;
}

/**
 * The dev gateway accepts any request with a well-known key and records every body, so exposing it on a
 * network interface would be an open relay of whatever tests send. Refuse, loudly, before binding.
 */
export function assertLoopbackHost(host: string): void {
  if (!isLoopbackHost(host)) {
    throw new Error(
      `The dev gateway binds to loopback only and refuses host "${host}". Use 127.0.0.1 (default), ::1 or localhost.`,
    );
  }
}
