import { REGIONS, type Region, regionBaseUrl } from "@crazyrouter/core";

/** The public Crazyrouter route a canonical `/v1` base is, or undefined for custom and local gateways. */
export function regionOfBaseUrl(baseUrl: string): Region | undefined {
  return (Object.keys(REGIONS) as Region[]).find((region) => regionBaseUrl(region) === baseUrl);
}
