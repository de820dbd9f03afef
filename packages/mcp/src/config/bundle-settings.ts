/**
 * The variables an MCP Bundle's manifest fills from the settings its host asks for when installing (Claude Desktop:
 * the API key, kept in the system keychain, and the base URL). They are not CRAZYROUTER_API_KEY and
 * CRAZYROUTER_BASE_URL themselves because Cherry Studio's bundle import does not fill settings: it passes the
 * manifest's values with the `${user_config.…}` placeholders still in them, over the server's environment, so a
 * key the user sets there must live under another name to survive.
 */
export const BUNDLE_API_KEY_ENV = "CRAZYROUTER_MCPB_API_KEY";
export const BUNDLE_BASE_URL_ENV = "CRAZYROUTER_MCPB_BASE_URL";

/** `${user_config.api_key}` and the like: a setting the host did not fill. */
const UNFILLED_PLACEHOLDER = /^\$\{[^}]*\}$/;

/** A bundle setting's value, or undefined when the host left it empty or unfilled. */
export function bundleSetting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" || UNFILLED_PLACEHOLDER.test(trimmed) ? undefined : trimmed;
}
