import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { operations } from "../operations/operations.js";
import { API_VERSION_PATH, REGIONS, regionBaseUrl } from "./regions.js";

export interface NormalizedBaseUrl {
  /** Canonical base ending in `/v1`, no trailing slash, no query. */
  baseUrl: string;
  /** The root (scheme + host + any prefix before `/v1`), the form NextChat and Cherry Studio want. */
  root: string;
  /** What was changed, in words a user understands; empty when the input was already canonical. */
  notes: string[];
}

// Longest first so `/images/generations` is not mistaken for a shorter suffix.
const endpointPaths = operations.map((operation) => operation.path).sort((a, b) => b.length - a.length);

function invalid(message: string, hint: string): CrazyrouterError {
  return new CrazyrouterError({ code: "invalid_input", message, hint, field: "baseUrl" });
}

/** The gateway's own routes, the hosts a user most likely meant. */
function asciiRoutes(): string {
  return `${Object.keys(REGIONS).map((region) => regionBaseUrl(region as keyof typeof REGIONS)).join(", ")}, or your own gateway's https://.../v1 address`;
}

/**
 * Turns any base URL a user pastes (root, `/v1`, a full endpoint path, trailing slashes, tracking query
 * strings, no scheme, surrounding spaces) into the canonical `/v1` base. Most support tickets are 404s
 * from a missing or doubled path, so the fix happens here once, with notes saying what changed.
 */
export function normalizeBaseUrl(input: string): NormalizedBaseUrl {
  const notes: string[] = [];
  let text = input;
  if (text.trim() !== text) {
    notes.push("removed spaces around the URL");
    text = text.trim();
  }
  if (text === "") throw invalid("The base URL is empty.", "Use https://crazyrouter.com/v1, or leave it unset for the default.");
  // Checked before parsing: the URL parser silently drops tabs and line breaks and would hide the paste error.
  if (/[\s\u0000-\u001f\u007f]/.test(text)) {
    throw invalid("The base URL contains spaces, tabs or line breaks inside it.", "Copy the URL again as one unbroken line, for example https://crazyrouter.com/v1.");
  }
  if (/[^\x21-\x7e]/.test(text)) {
    throw invalid(
      "The base URL contains non-ASCII characters, which can make a look-alike of another host.",
      `Type the URL in plain ASCII letters: ${asciiRoutes()}.`,
    );
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d/.test(text)) {
      throw invalid(`The base URL "${text}" does not use http or https.`, "Use an https:// URL such as https://crazyrouter.com/v1.");
    }
    notes.push("added https://");
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`"${text}" is not a valid URL.`, "Use a URL such as https://crazyrouter.com/v1.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid(`The base URL uses ${url.protocol.replace(":", "")}, not http or https.`, "Use an https:// URL such as https://crazyrouter.com/v1.");
  }
  if (url.hostname.split(".").some((label) => label.toLowerCase().startsWith("xn--"))) {
    throw invalid(
      `The base URL's host ${url.hostname} is an internationalised (punycode) name, which can imitate another host with look-alike letters.`,
      `API base URLs are plain ASCII hosts: ${asciiRoutes()}.`,
    );
  }
  if (url.username || url.password) {
    // Never echo the URL: it holds a secret.
    throw invalid("The base URL contains a user name or password.", "Remove the credentials from the URL and set the API key separately.");
  }
  if (url.search || url.hash) {
    notes.push("removed the query string or fragment (tracking parameters break API calls)");
    url.search = "";
    url.hash = "";
  }
  let path = url.pathname.replace(/\/{2,}/g, "/");
  if (path !== "/" && path.endsWith("/")) {
    notes.push("removed the trailing slash");
    path = path.replace(/\/+$/, "");
  }
  for (const endpoint of endpointPaths) {
    if (path.toLowerCase().endsWith(endpoint)) {
      notes.push(`removed the endpoint path ${endpoint} (the base URL stops at /v1)`);
      path = path.slice(0, -endpoint.length);
      break;
    }
  }
  // A doubled version segment (`/v1/v1`) is a classic copy-paste 404.
  while (path.toLowerCase().endsWith(`${API_VERSION_PATH}${API_VERSION_PATH}`)) {
    notes.push("removed a doubled /v1");
    path = path.slice(0, -API_VERSION_PATH.length);
  }
  if (path === "/" || path === "") path = "";
  if (!path.toLowerCase().endsWith(API_VERSION_PATH)) {
    notes.push("added /v1");
    path = `${path}${API_VERSION_PATH}`;
  } else if (!path.endsWith(API_VERSION_PATH)) {
    path = `${path.slice(0, -API_VERSION_PATH.length)}${API_VERSION_PATH}`;
  }
  const origin = `${url.protocol}//${url.host}`;
  const baseUrl = `${origin}${path}`;
  return { baseUrl, root: `${origin}${path.slice(0, -API_VERSION_PATH.length)}`, notes };
}
