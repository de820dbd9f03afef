import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { bundledThirdPartyPackages } from "./bundled-third-party-packages.js";
import { renderThirdPartyNotices, THIRD_PARTY_NOTICES_FILE } from "./render-third-party-notices.js";

/**
 * An esbuild plugin (tsup: `esbuildPlugins: [thirdPartyNotices()]`) that writes THIRD_PARTY_NOTICES.md into the
 * build's output folder for exactly the third-party packages the bundler inlined, read from its metafile, so the
 * list cannot drift from what ships. The build fails when one of them has no license file or a license we may not
 * ship (see allowed-licenses.ts).
 */
export function thirdPartyNotices(): Plugin {
  return {
    name: "crazyrouter-third-party-notices",
    setup(build) {
      build.initialOptions.metafile = true;
      const workingDirectory = build.initialOptions.absWorkingDir ?? process.cwd();
      const { outdir, outfile } = build.initialOptions;
      const outputDirectory = resolve(workingDirectory, outdir ?? (outfile ? dirname(outfile) : "."));
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        const notices = renderThirdPartyNotices(bundledThirdPartyPackages(result.metafile, workingDirectory));
        mkdirSync(outputDirectory, { recursive: true });
        writeFileSync(join(outputDirectory, THIRD_PARTY_NOTICES_FILE), notices);
      });
    },
  };
}
