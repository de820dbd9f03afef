import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_EMBEDDING_INPUTS_PER_REQUEST, chatCompletionsOperation, requestJsonSchema } from "@crazyrouter/core";
import { writeDifyPlugins } from "./write-dify-plugins.js";

let outputDir: string;
let written: string[];

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-"));
  written = await writeDifyPlugins(outputDir);
});

afterAll(async () => {
  await rm(outputDir, { recursive: true, force: true });
});

/** Reads a zip's central directory names in stored order, including any directory entries. */
async function packageEntries(path: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile(path)));
}

const packages = () => written.filter((path) => path.endsWith(".difypkg"));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("writeDifyPlugins", () => {
  it("writes both folders, both packages and the bundle", () => {
    expect(written.map((path) => basename(path))).toEqual([
      "crazyrouter",
      "crazyrouter_image",
      "crazyrouter-0.1.0.difypkg",
      "crazyrouter_image-0.1.0.difypkg",
      "crazyrouter_bundle-0.1.0.difybndl",
    ]);
  });

  it("packs each plugin the way Dify's daemon reads it", async () => {
    for (const path of packages()) {
      const bytes = await readFile(path);
      expect(bytes.length).toBeLessThan(50 * 1024 * 1024);
      const entries = await packageEntries(path);
      const names = Object.keys(entries);
      expect(names).toContain("manifest.yaml");
      expect(names).toContain("README.md");
      expect(names).toContain("PRIVACY.md");
      expect(names).toContain("_assets/icon.svg");
      expect(names.filter((name) => name.endsWith("/"))).toEqual([]);
      expect([...names].sort()).toEqual(names);
      const manifest = parse(text(entries["manifest.yaml"])) as Record<string, any>;
      expect(manifest.version).toMatch(/^\d{1,4}(\.\d{1,4}){2}$/);
      expect(manifest.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Number.isNaN(Date.parse(manifest.created_at))).toBe(false);
      expect(manifest.author).toMatch(/^[a-z0-9_-]{1,64}$/);
      expect(["langgenius", "dify"]).not.toContain(manifest.author);
      expect(manifest.name).toMatch(/^[a-z0-9_-]{1,128}$/);
      expect(manifest.meta.runner).toEqual({ language: "python", version: "3.12", entrypoint: "main" });
      expect(manifest.meta.arch).toEqual(["amd64", "arm64"]);
      expect(names).toContain(`_assets/${manifest.icon}`);
      for (const declared of [...(manifest.plugins.models ?? []), ...(manifest.plugins.tools ?? [])]) expect(names).toContain(declared);
      expect(text(entries["requirements.txt"]).trim()).toBe("dify_plugin>=0.5.1,<1.0.0");
    }
  });

  it("keeps models and tools in separate plugins", async () => {
    const [modelPackage, toolPackage] = packages();
    const model = parse(text((await packageEntries(modelPackage!))["manifest.yaml"])) as Record<string, any>;
    const tool = parse(text((await packageEntries(toolPackage!))["manifest.yaml"])) as Record<string, any>;
    expect(model.plugins.models).toEqual(["provider/crazyrouter.yaml"]);
    expect(model.plugins.tools ?? []).toEqual([]);
    expect(tool.plugins.tools).toEqual(["provider/crazyrouter_image.yaml"]);
    expect(tool.plugins.models ?? []).toEqual([]);
  });

  it("takes limits and defaults from the core", async () => {
    const entries = await packageEntries(packages()[0]!);
    const claude = parse(text(entries["models/llm/claude-sonnet-4-6.yaml"])) as Record<string, any>;
    const temperature = claude.parameter_rules.find((rule: { name: string }) => rule.name === "temperature");
    const coreTemperature = (requestJsonSchema(chatCompletionsOperation)?.properties as Record<string, any>).temperature;
    // Anthropic's temperature runs 0 to 1, and Claude 4.5 and later refuse top_p beside it.
    expect(temperature).toMatchObject({ min: coreTemperature.minimum, max: 1, help: { en_US: coreTemperature.description } });
    expect(claude.parameter_rules.map((rule: { name: string }) => rule.name)).not.toContain("top_p");
    const gpt = parse(text(entries["models/llm/gpt-5.4.yaml"])) as Record<string, any>;
    // OpenAI's gpt-5.4: reasoning effort none to xhigh (no minimal), no sampling, 1,050,000 tokens of context.
    expect(gpt.parameter_rules.find((rule: { name: string }) => rule.name === "reasoning_effort")?.options).toEqual(["none", "low", "medium", "high", "xhigh"]);
    expect(gpt.parameter_rules.map((rule: { name: string }) => rule.name)).not.toContain("temperature");
    expect(gpt.model_properties.context_size).toBe(1_050_000);
    expect(claude.model_properties.context_size).toBe(1_000_000);
    expect(gpt.features).toEqual(["tool-call", "multi-tool-call", "stream-tool-call", "vision", "structured-output", "agent-thought"]);
    const small = parse(text(entries["models/text_embedding/text-embedding-3-small.yaml"])) as Record<string, any>;
    expect(small.model_properties.max_chunks).toBe(MAX_EMBEDDING_INPUTS_PER_REQUEST);
    const constants = text(entries["crazyrouter_common/gateway_constants.py"]);
    expect(constants).toContain(`MAX_EMBEDDING_INPUTS_PER_REQUEST = ${MAX_EMBEDDING_INPUTS_PER_REQUEST}`);
    expect(constants).toContain('CHAT_COMPLETIONS_PATH = "/chat/completions"');
    expect(constants).toContain("CHAT_MAX_STOP_SEQUENCES = 4");
    expect(constants).toContain('"cn": "https://cn.crazyrouter.com/v1"');
  });

  it("gives the same bytes every time", async () => {
    const again = await mkdtemp(join(tmpdir(), "crazyrouter-dify-again-"));
    try {
      const second = await writeDifyPlugins(again);
      for (const [index, path] of written.entries()) {
        if (!/\.(difypkg|difybndl)$/.test(path)) continue;
        expect(Buffer.compare(await readFile(path), await readFile(second[index]!)), basename(path)).toBe(0);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it("bundles both packages under their checksums", async () => {
    const bundle = await packageEntries(written.at(-1)!);
    const manifest = parse(text(bundle["manifest.yaml"])) as Record<string, any>;
    expect(manifest.type).toBe("bundle");
    expect(manifest.dependencies).toHaveLength(2);
    for (const dependency of manifest.dependencies) {
      expect(dependency.type).toBe("package");
      expect(Object.keys(bundle)).toContain(`_assets/${dependency.value.path}`);
    }
  });
});
