/**
 * Stands in for `globalThis` inside the built bundles (see tsup.config.ts): bundled libraries that park
 * shared state on the global object keep it here, private to this package.
 */
export const crazyrouterBundleGlobals: Record<string, unknown> = {};
