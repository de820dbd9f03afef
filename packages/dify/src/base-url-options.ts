import { DEFAULT_REGION, REGIONS, regionBaseUrl, type Region } from "@crazyrouter/core";

/** The choice users make in Dify's credential form: a region preset, or their own base URL. */
export const CUSTOM_BASE_URL_OPTION = "custom";

export interface BaseUrlOption {
  value: string;
  label: { en_US: string; zh_Hans: string };
}

/** The regions' names in Simplified Chinese, for Dify's zh_Hans labels (hosts and URLs stay as they are). */
const REGION_NAMES_ZH: Record<Region, string> = { global: "全球", cn: "中国", api: "API 主机" };

export function baseUrlOptions(): BaseUrlOption[] {
  const regions = Object.keys(REGIONS) as Region[];
  return [
    ...regions.map((region) => ({
      value: region,
      label: {
        en_US: `${REGIONS[region].label}: ${regionBaseUrl(region)}`,
        zh_Hans: `${REGIONS[region].label.replace(/^[^(]+/, `${REGION_NAMES_ZH[region]} `)}: ${regionBaseUrl(region)}`,
      },
    })),
    { value: CUSTOM_BASE_URL_OPTION, label: { en_US: "Custom base URL (below)", zh_Hans: "自定义 Base URL（见下方）" } },
  ];
}

export const BASE_URL_REGION_HELP =
  `Which Crazyrouter route to call. ${REGIONS[DEFAULT_REGION].label} is the default; pick China from mainland China, ` + "or Custom to type a base URL.";

export const CUSTOM_BASE_URL_HELP =
  `Only for Custom: the OpenAI-compatible base URL, for example ${regionBaseUrl(DEFAULT_REGION)}. ` +
  "The root, a full endpoint path, a trailing slash or a query string are corrected to the /v1 form. When set, it is used whatever the region.";
