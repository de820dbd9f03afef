import packageJson from "../../package.json" with { type: "json" };

/** How the server introduces itself in `initialize`, and what `--version` prints. */
export const SERVER_INFO = { name: "crazyrouter", title: "Crazyrouter", version: packageJson.version } as const;
