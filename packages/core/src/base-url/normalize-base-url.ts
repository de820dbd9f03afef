import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { operations } from "../operations/operations.js";
import { CONTROL_CLASS, PRINTABLE_ASCII_CLASS, SPACE_CLASS, removeInvisible, trimSpaces } from "../text/character-classes.js";
import { fillTemplate } from "../text/fill-template.js";
import { BASE_URL_CHANGES, BASE_URL_REFUSALS, type BaseUrlChange, type BaseUrlRefusal } from "./base-url-rules.js";
import { API_VERSION_PATH } from "./regions.js";

export interface NormalizedBaseUrl {
  /** Canonical base ending in `/v1`, no trailing slash, no query. */
  baseUrl: string;
  /** The root (scheme + host + any prefix before `/v1`), the form NextChat and Cherry Studio want. */
  root: string;
  /** What was changed, as codes (see BASE_URL_CHANGES), in the order the changes were made. */
  changes: BaseUrlChange[];
  /** The same changes in words a user understands (`notes[i]` says `changes[i]`); empty when the input was already canonical. */
  notes: string[];
}

/** The gateway's endpoint paths, longest first so `/images/generations` is not mistaken for a shorter suffix. */
export const ENDPOINT_PATHS: readonly string[] = operations.map((operation) => operation.path).sort((a, b) => b.length - a.length);

const spaceOrControl = new RegExp(`[${SPACE_CLASS}${CONTROL_CLASS}]`);
const notPrintableAscii = new RegExp(`[^${PRINTABLE_ASCII_CLASS}]`);
const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i;
// `host:port` (localhost:3000) looks like `scheme:` but is a URL without its scheme.
const otherScheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

function refuse(reason: BaseUrlRefusal, values: Record<string, string> = {}): CrazyrouterError {
  const { message, hint } = BASE_URL_REFUSALS[reason];
  return new CrazyrouterError({ code: "invalid_input", message: fillTemplate(message, values), hint, field: "baseUrl", reason });
}

/**
 * Turns any base URL a user pastes (root, `/v1`, a full endpoint path, trailing or doubled slashes, tracking
 * query strings, no scheme, surrounding spaces, invisible characters) into the canonical `/v1` base. Most
 * support tickets are 404s from a missing or doubled path, so the fix happens here once, with notes saying what
 * changed. The rule is the table in `fixtures/base-url.json`, which the Python plugin and the n8n credential
 * are tested against too.
 */
export function normalizeBaseUrl(input: string): NormalizedBaseUrl {
  const changes: BaseUrlChange[] = [];
  const notes: string[] = [];
  const change = (code: BaseUrlChange, values: Record<string, string> = {}) => {
    changes.push(code);
    notes.push(fillTemplate(BASE_URL_CHANGES[code], values));
  };
  let text = removeInvisible(input);
  if (text !== input) change("removed_invisible");
  if (trimSpaces(text) !== text) {
    change("trimmed");
    text = trimSpaces(text);
  }
  if (/^["'].*["']$/s.test(text)) {
    change("removed_quotes");
    text = trimSpaces(text.slice(1, -1));
  }
  if (text === "") throw refuse("empty");
  // Checked before parsing: the URL parser silently drops tabs and line breaks and would hide the paste error.
  if (spaceOrControl.test(text)) throw refuse("spaces_inside");
  if (notPrintableAscii.test(text)) throw refuse("non_ascii");
  // The URL parser reads a backslash as a slash; other runtimes do not, so it is refused rather than guessed at.
  if (text.includes("\\")) throw refuse("invalid_url");
  if (!withScheme.test(text)) {
    // `user:pw@host` would otherwise pass for a `user:` scheme, and its message must not repeat the password.
    if (/^[^/?#]*@/.test(text)) throw refuse("credentials");
    const scheme = otherScheme.exec(text)?.[1]?.toLowerCase();
    if (scheme === "http" || scheme === "https") throw refuse("invalid_url");
    if (scheme !== undefined) throw refuse("not_http", { scheme });
    change("added_scheme");
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse("invalid_url");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("not_http", { scheme: url.protocol.replace(":", "") });
  if (url.hostname.split(".").some((label) => label.startsWith("xn--"))) throw refuse("punycode", { host: url.hostname });
  if (url.username || url.password) throw refuse("credentials");
  if (url.search || url.hash) change("removed_query");
  let path = url.pathname;
  if (path !== "/" && path.endsWith("/")) {
    change("removed_trailing_slash");
    path = path.replace(/\/+$/, "");
  }
  if (/\/{2,}/.test(path)) {
    change("collapsed_slashes");
    path = path.replace(/\/{2,}/g, "/");
  }
  const endpoint = ENDPOINT_PATHS.find((candidate) => path.toLowerCase().endsWith(candidate));
  if (endpoint) {
    change("removed_endpoint", { endpoint });
    path = path.slice(0, -endpoint.length);
  }
  // A doubled version segment (`/v1/v1`) is a classic copy-paste 404.
  if (path.toLowerCase().endsWith(`${API_VERSION_PATH}${API_VERSION_PATH}`)) {
    change("removed_doubled_v1");
    while (path.toLowerCase().endsWith(`${API_VERSION_PATH}${API_VERSION_PATH}`)) path = path.slice(0, -API_VERSION_PATH.length);
  }
  if (path === "/") path = "";
  if (path.toLowerCase().endsWith(API_VERSION_PATH)) {
    path = path.slice(0, -API_VERSION_PATH.length);
  } else {
    change("added_v1");
  }
  const root = `${url.protocol}//${url.host}${path}`;
  return { baseUrl: `${root}${API_VERSION_PATH}`, root, changes, notes };
}
