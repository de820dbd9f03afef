import { iconSvg } from "../icon-svg.js";
import type { PluginFolder } from "../plugin-folder.js";
import { BUNDLE_NAME, PLUGIN_AUTHOR, PLUGIN_CREATED_AT, PLUGIN_VERSION } from "../plugin-metadata.js";
import type { DifySigning } from "../signing/dify-signing.js";
import { toYaml } from "../to-yaml.js";
import { difypkgContents } from "./pack-difypkg.js";
import { packageChecksum } from "./plugin-checksum.js";
import { zipFiles } from "./zip-files.js";

export function difybndlFileName(): string {
  return `${BUNDLE_NAME}-${PLUGIN_VERSION}.difybndl`;
}

/**
 * Both plugins in one `.difybndl`, in the daemon's bundle layout: a manifest of type bundle whose
 * dependencies are local packages, each stored under `_assets/<package checksum>`. The daemon checks the
 * signature of each package inside (`UploadPluginBundle`), not of the bundle, so `signing` signs those packages.
 */
export function packDifybndl(plugins: readonly PluginFolder[], signing?: DifySigning): Uint8Array {
  const packages = plugins.map((plugin) => {
    const { entries, comment } = difypkgContents(plugin, signing);
    return { checksum: packageChecksum(entries), bytes: zipFiles(entries, PLUGIN_CREATED_AT, comment) };
  });
  const manifest = {
    name: BUNDLE_NAME,
    labels: { en_US: "Crazyrouter" },
    description: { en_US: "Crazyrouter chat and embedding models plus the Crazyrouter image tool." },
    icon: "icon.svg",
    version: PLUGIN_VERSION,
    author: PLUGIN_AUTHOR,
    type: "bundle",
    dependencies: packages.map((item) => ({ type: "package", value: { path: item.checksum } })),
    tags: ["image"],
  };
  return zipFiles(
    [
      { path: "manifest.yaml", bytes: new TextEncoder().encode(toYaml(manifest)) },
      { path: "_assets/icon.svg", bytes: new TextEncoder().encode(iconSvg("#818CF8")) },
      ...packages.map((item) => ({ path: `_assets/${item.checksum}`, bytes: item.bytes })),
    ],
    PLUGIN_CREATED_AT,
  );
}
