import packageJson from "../package.json" with { type: "json" };

/** The CLI's version, from its package.json: `crazyrouter --version` and the user agent print it. */
export const CLI_VERSION = packageJson.version;
