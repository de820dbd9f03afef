import type { OpenAPIObject } from "openapi3-ts/oas30";
import { stringify } from "yaml";
import { buildCozeSpec } from "./build-coze-spec.js";
import { COZE_REGIONS, type CozeRegion } from "./coze-region.js";

export interface CozeSpecFile {
  /** File name inside the openapi/ folder; Coze accepts `.yaml` and `.json`, never `.yml`. */
  fileName: string;
  region: CozeRegion;
  contents: string;
}

/** File name stem per route: the global route is the one most users want, so it gets the plain name. */
export function cozeSpecFileStem(region: CozeRegion): string {
  return region === "global" ? "crazyrouter" : `crazyrouter-${region}`;
}

function toYaml(spec: OpenAPIObject): string {
  // lineWidth 0: no folded lines, so a description diff is one line; keys keep the builder's order.
  return stringify(spec, { lineWidth: 0, indent: 2 });
}

function toJson(spec: OpenAPIObject): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** Every generated file, rendered in memory: same input, byte-identical output. */
export function renderCozeSpecFiles(): CozeSpecFile[] {
  return COZE_REGIONS.flatMap((region) => {
    const spec = buildCozeSpec(region);
    const stem = cozeSpecFileStem(region);
    return [
      { fileName: `${stem}.yaml`, region, contents: toYaml(spec) },
      { fileName: `${stem}.json`, region, contents: toJson(spec) },
    ];
  });
}
