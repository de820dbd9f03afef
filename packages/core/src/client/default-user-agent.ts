import packageJson from "../../package.json" with { type: "json" };

/** Sent when the caller names no user agent; each adapter names its own, with its own package's version. */
export const DEFAULT_USER_AGENT = `crazyrouter-core/${packageJson.version}`;
