import { KNOWN_CHAT_MODELS, KNOWN_EMBEDDING_MODELS } from "@crazyrouter/core";
import { describe, expect, it } from "vitest";
import { withChineseLabels } from "./chinese-labels.js";
import { imageProviderYaml, imageToolYaml } from "./image-plugin/image-tool-yaml.js";
import { embeddingModelYaml, llmModelYaml } from "./model-plugin/model-yaml.js";
import { modelProviderYaml } from "./model-plugin/provider-yaml.js";

/** The keys under which Dify shows a name or a title: what a Chinese user reads first. */
const LABEL_KEYS = new Set(["label", "title", "description", "human"]);

/** Every `{ en_US }` text under a label key, with its path, and whether it has zh_Hans. */
function labels(value: unknown, path = ""): Array<{ path: string; en_US: string; zh_Hans?: string }> {
  if (Array.isArray(value)) return value.flatMap((entry, index) => labels(entry, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, entry]) => {
    const here = `${path}.${key}`;
    const text = entry as { en_US?: unknown; zh_Hans?: string };
    const own = LABEL_KEYS.has(key) && typeof text?.en_US === "string" ? [{ path: here, en_US: text.en_US, zh_Hans: text.zh_Hans }] : [];
    return [...own, ...labels(entry, here)];
  });
}

describe("labels in Simplified Chinese", () => {
  const files = {
    provider: modelProviderYaml(),
    ...Object.fromEntries(KNOWN_CHAT_MODELS.map((model) => [model.id, llmModelYaml(model)])),
    ...Object.fromEntries(KNOWN_EMBEDDING_MODELS.map((model) => [model.id, embeddingModelYaml(model)])),
    imageProvider: imageProviderYaml(),
    imageTool: imageToolYaml(),
  };

  it.each(Object.entries(files))("%s: every label, title and description has zh_Hans", (_name, yaml) => {
    const found = labels(yaml);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((label) => !label.zh_Hans).map((label) => `${label.path}: ${label.en_US}`)).toEqual([]);
  });

  it("names the regions in Chinese and keeps their hosts", () => {
    const region = (files.provider as any).provider_credential_schema.credential_form_schemas.find(
      (form: { variable: string }) => form.variable === "base_url_region",
    );
    expect(region.options.map((option: { label: { zh_Hans: string } }) => option.label.zh_Hans)).toEqual([
      "全球 (crazyrouter.com): https://crazyrouter.com/v1",
      "中国 (cn.crazyrouter.com): https://cn.crazyrouter.com/v1",
      "API 主机 (api.crazyrouter.com): https://api.crazyrouter.com/v1",
      "自定义 Base URL（见下方）",
    ]);
  });

  it("copies, never changing what it is given", () => {
    const given = { label: { en_US: "Region" } };
    expect(withChineseLabels(given)).toEqual({ label: { en_US: "Region", zh_Hans: "区域" } });
    expect(given).toEqual({ label: { en_US: "Region" } });
  });
});
