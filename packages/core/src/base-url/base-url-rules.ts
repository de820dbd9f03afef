import { REGIONS, regionBaseUrl, type Region } from "./regions.js";

/**
 * What normalizeBaseUrl may correct, as codes (the shared fixture table and every runtime use them) and the
 * note each gives users. `{endpoint}` is filled with the path that was removed.
 */
export const BASE_URL_CHANGES = {
  removed_invisible: "removed invisible characters (zero-width spaces, byte-order marks)",
  trimmed: "removed spaces around the URL",
  removed_quotes: "removed quotes around the URL",
  added_scheme: "added https://",
  removed_query: "removed the query string or fragment (tracking parameters break API calls)",
  removed_trailing_slash: "removed the trailing slash",
  collapsed_slashes: "removed doubled slashes",
  removed_endpoint: "removed the endpoint path {endpoint} (the base URL stops at /v1)",
  removed_doubled_v1: "removed a doubled /v1",
  added_v1: "added /v1",
} as const;

export type BaseUrlChange = keyof typeof BASE_URL_CHANGES;

const routes = `${(Object.keys(REGIONS) as Region[]).map(regionBaseUrl).join(", ")}, or your own gateway's https://.../v1 address`;
const example = regionBaseUrl("global");

/**
 * Why a base URL is refused, and what to do. Messages never repeat the URL: it may hold a password or a key.
 * `{scheme}` and `{host}` are filled with what was found.
 */
export const BASE_URL_REFUSALS = {
  empty: { message: "The base URL is empty.", hint: `Use ${example}, or leave it unset for the default.` },
  spaces_inside: {
    message: "The base URL contains spaces, tabs, line breaks or control characters inside it.",
    hint: `Copy the URL again as one unbroken line, for example ${example}.`,
  },
  non_ascii: {
    message: "The base URL contains non-ASCII characters, which can make a look-alike of another host.",
    hint: `Type the URL in plain ASCII letters: ${routes}.`,
  },
  credentials: {
    message: "The base URL contains a user name or password.",
    hint: "Remove the credentials from the URL and set the API key separately.",
  },
  not_http: { message: "The base URL uses {scheme}, not http or https.", hint: `Use an https:// URL such as ${example}.` },
  invalid_url: {
    message: "The base URL is not a valid URL: check the // after https: and the host name and port.",
    hint: `Use a URL such as ${example}.`,
  },
  punycode: {
    message: "The base URL's host {host} is an internationalised (punycode) name, which can imitate another host with look-alike letters.",
    hint: `API base URLs are plain ASCII hosts: ${routes}.`,
  },
} as const;

export type BaseUrlRefusal = keyof typeof BASE_URL_REFUSALS;
