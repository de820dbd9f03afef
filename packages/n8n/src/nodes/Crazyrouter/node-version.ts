/**
 * The Crazyrouter node's current version, which new nodes get. 1.1 gave each resource its own model parameter
 * (model-parameter.ts); workflows saved with version 1 keep working as they were.
 */
export const CURRENT_VERSION = 1.1;
