/** The gateway routes a Coze spec can point at: one file per route, since Coze allows exactly one server. */
export type CozeRegion = "global" | "cn";

export const COZE_REGIONS: readonly CozeRegion[] = ["global", "cn"];
