import { regionBaseUrl } from "@crazyrouter/core";
import type { CozeRegion } from "./coze-region.js";

/** The spec's one server: the route's canonical `/v1` base URL, from the core's region table. */
export function cozeServerUrl(region: CozeRegion): string {
  return regionBaseUrl(region);
}
