import { DEFAULT_REGION, REGIONS, regionBaseUrl, type Region } from "./gateway-facts.js";

/** The choice users make in Dify's credential form: a region preset, or their own base URL. */
export const CUSTOM_BASE_URL_OPTION = "custom";

export interface BaseUrlOption {
  value: string;
  label: { en_US: string };
}

export function baseUrlOptions(): BaseUrlOption[] {
  const regions = Object.keys(REGIONS) as Region[];
  return [
    ...regions.map((region) => ({ value: region, label: { en_US: `${REGIONS[region].label}: ${regionBaseUrl(region)}` } })),
    { value: CUSTOM_BASE_URL_OPTION, label: { en_US: "Custom base URL (below)" } },
  ];
}

export const BASE_URL_REGION_HELP =
  `Which Crazyrouter route to call. ${REGIONS[DEFAULT_REGION].label} is the default; pick China from mainland China, ` +
  "or Custom to type a base URL.";

export const CUSTOM_BASE_URL_HELP =
  `Only for Custom: the OpenAI-compatible base URL, for example ${regionBaseUrl(DEFAULT_REGION)}. ` +
  "The root, a full endpoint path, a trailing slash or a query string are corrected to the /v1 form. When set, it is used whatever the region.";
