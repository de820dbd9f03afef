import { isLoopbackHost } from "./is-loopback-host.js";

/** The request headers the check reads; Node's `IncomingHttpHeaders` fits. */
export type LoopbackRequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export interface LoopbackRequestOptions {
  /**
   * Also refuse requests a browser sends on behalf of a page from another origin (an `Origin` that is not
   * this server, `Origin: null`, or `Sec-Fetch-Site: cross-site`/`same-site`). For routes only tools and
   * the user's own address bar should reach.
   */
  refuseCrossOrigin: boolean;
}

const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/** A loopback name with this server's port; http's default port when the header has none. */
function namesThisServer(host: string, port: number): boolean {
  const match = HOST_HEADER.exec(host.toLowerCase());
  return match !== null && isLoopbackHost(match[1]!) && Number(match[2] ?? 80) === port;
}

function isThisServersOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" && url.origin === origin && namesThisServer(url.host, port);
  } catch {
    return false;
  }
}

/**
 * Why a request to a server bound to loopback on `port` must be refused, or undefined to serve it.
 * Binding to 127.0.0.1 keeps other machines out but not web pages: a page can rebind its own DNS name to
 * 127.0.0.1 and then read our answers as same-origin. Its requests still carry the page's name in `Host`,
 * so only loopback names with our port pass. With `refuseCrossOrigin`, pages on other origins (which a
 * browser marks with `Origin` or `Sec-Fetch-Site`) are refused too.
 */
export function checkLoopbackRequest(headers: LoopbackRequestHeaders, port: number, options: LoopbackRequestOptions): string | undefined {
  const host = single(headers.host) ?? "";
  if (!namesThisServer(host, port)) {
    return `Host "${host}" does not name this local server; use http://127.0.0.1:${port} (requests through other names are refused against DNS rebinding).`;
  }
  if (!options.refuseCrossOrigin) return undefined;
  const origin = single(headers.origin);
  const site = single(headers["sec-fetch-site"])?.toLowerCase();
  if ((origin !== undefined && !isThisServersOrigin(origin, port)) || site === "cross-site" || site === "same-site") {
    return `Requests from web pages on other origins (${origin ?? site}) are refused.`;
  }
  return undefined;
}
