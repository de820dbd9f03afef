/**
 * Whether `host` (a name or an IP literal, IPv6 with or without brackets) reaches this machine only:
 * `localhost`, 127.0.0.0/8, `::1` or an IPv4-mapped 127.x address. The WHATWG URL parser canonicalises it
 * first, so spellings such as `127.1`, `0:0:0:0:0:0:0:1` or `LOCALHOST` get the same answer as their
 * canonical forms. The one rule for "loopback" in the project: servers that refuse to bind elsewhere,
 * loopback servers checking Host headers, and the CLI's plain-http warning all use it.
 */
export function isLoopbackHost(host: string): boolean {
  const hostname = canonicalHostname(host);
  if (hostname === undefined) return false;
  if (hostname === "localhost") return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)) return true;
  return hostname === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname);
}

/** The URL parser's form of a bare host, or undefined when `host` is not one (a port, path or user is not). */
function canonicalHostname(host: string): string | undefined {
  const trimmed = host.trim();
  if (trimmed === "") return undefined;
  const bracketed = trimmed.includes(":") && !trimmed.startsWith("[") ? `[${trimmed}]` : trimmed;
  try {
    const url = new URL(`http://${bracketed}/`);
    return url.href === `http://${url.hostname}/` ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}
