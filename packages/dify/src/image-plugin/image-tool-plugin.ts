import { DEFAULT_IMAGE_MODEL } from "@crazyrouter/core";
import { iconSvg } from "../icon-svg.js";
import { buildManifest } from "../manifest.js";
import type { PluginFile, PluginFolder } from "../plugin-folder.js";
import { IMAGE_PLUGIN_NAME, PLUGIN_VERSION } from "../plugin-metadata.js";
import { privacyMd } from "../privacy-md.js";
import { readPythonSource } from "../python-sources.js";
import { sharedPluginFiles } from "../shared-plugin-files.js";
import { toYaml } from "../to-yaml.js";
import { IMAGE_PROVIDER_SOURCE, IMAGE_TOOL_FILE, IMAGE_TOOL_SOURCE, imageProviderYaml, imageToolYaml } from "./image-tool-yaml.js";

function readme(): string {
  return [
    "# Crazyrouter Image for Dify",
    "",
    "A Dify tool that generates images with Crazyrouter image models and returns each image as a file plus its link.",
    "",
    "1. Install the plugin, open Tools, Crazyrouter Image, and authorise it with your `sk-...` key and region.",
    `2. Add "Generate image" to a workflow or an agent. The default model is ${DEFAULT_IMAGE_MODEL}; set another in the Model field.`,
    "3. The tool answers the image (a file Dify can show or pass on), its URL when the model gave one, and a short text.",
    "",
    "The request never carries response_format, which some image models reject; answers with a URL or with base64",
    "bytes both work. Errors say what to do (401: replace the key; 403: allow the model for the key; 524: retry or",
    "pick a faster model).",
    "",
    "Image links are downloaded only from the gateway itself or from public hosts: links to loopback, private",
    "networks, cloud metadata (169.254.169.254) or local names are not fetched, redirects are checked hop by hop,",
    "downloads stop at 50 MiB and only PNG, JPEG, GIF and WebP files are returned. A link that is not downloaded",
    "is still returned, with the reason, so you can open it yourself.",
    "",
  ].join("\n");
}

/** The `crazyrouter_image` tool plugin: one image tool, no models. */
export function imageToolPlugin(): PluginFolder {
  const providerFile = `provider/${IMAGE_PLUGIN_NAME}.yaml`;
  const files: PluginFile[] = [
    {
      path: "manifest.yaml",
      content: toYaml(
        buildManifest({
          name: IMAGE_PLUGIN_NAME,
          label: "Crazyrouter Image",
          description: "Generate images with Crazyrouter image models (gpt-image-2, qwen-image and more) in Dify workflows and agents.",
          plugins: { tools: [providerFile] },
          tags: ["image", "design"],
        }),
      ),
    },
    { path: "README.md", content: readme() },
    { path: "PRIVACY.md", content: privacyMd("Crazyrouter Image", "the prompt and image options you give the tool") },
    { path: "_assets/icon.svg", content: iconSvg("#F472B6") },
    { path: providerFile, content: toYaml(imageProviderYaml()) },
    { path: IMAGE_PROVIDER_SOURCE, content: readPythonSource("image/provider.py") },
    { path: IMAGE_TOOL_FILE, content: toYaml(imageToolYaml()) },
    { path: IMAGE_TOOL_SOURCE, content: readPythonSource("image/generate_image.py") },
    ...sharedPluginFiles(),
  ];
  return { name: IMAGE_PLUGIN_NAME, version: PLUGIN_VERSION, files };
}
