/**
 * The gateway facts the generated plugins need from the core: region base URLs, deadlines and error fix hints.
 * One import point, so the Python constants and YAML texts always come from the core.
 */
export { API_VERSION_PATH, DEFAULT_DEADLINES, DEFAULT_REGION, FIX_HINTS, REGIONS, regionBaseUrl, type Region } from "@crazyrouter/core";
