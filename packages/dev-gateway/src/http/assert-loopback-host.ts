import { isLoopbackHost } from "@crazyrouter/core";

/**
 * The dev gateway accepts any request with a well-known key and records every body, so exposing it on a
 * network interface would be an open relay of whatever tests send. Refuse, loudly, before binding.
 */
export function assertLoopbackHost(host: string): void {
  if (!isLoopbackHost(host)) {
    throw new Error(`The dev gateway binds to loopback only and refuses host "${host}". Use 127.0.0.1 (default), ::1 or localhost.`);
  }
}
