/**
 * The Host header values a browser sends to a loopback server on this port. Anything else means a page
 * reached us through a DNS name that was rebound to 127.0.0.1, so the request is refused.
 */
export function loopbackHostHeaders(port: number): ReadonlySet<string> {
  return new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
}
