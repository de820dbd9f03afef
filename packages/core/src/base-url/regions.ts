/** The gateway's public routes. `global` is the default; `cn` is the regional route for mainland China. */
export const REGIONS = {
  global: { host: "crazyrouter.com", label: "Global (crazyrouter.com)" },
  cn: { host: "cn.crazyrouter.com", label: "China (cn.crazyrouter.com)" },
  api: { host: "api.crazyrouter.com", label: "API host (api.crazyrouter.com)" },
} as const;

export type Region = keyof typeof REGIONS;

export const DEFAULT_REGION: Region = "global";

/** The path prefix every OpenAI-compatible route lives under. */
export const API_VERSION_PATH = "/v1";

/** Canonical `/v1` base URL of a region, e.g. `https://crazyrouter.com/v1`. */
export function regionBaseUrl(region: Region): string {
  return `https://${REGIONS[region].host}${API_VERSION_PATH}`;
}

export const DEFAULT_BASE_URL = regionBaseUrl(DEFAULT_REGION);
