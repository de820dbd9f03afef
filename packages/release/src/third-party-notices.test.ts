/**
 * Every bundle we build that inlines third-party code carries THIRD_PARTY_NOTICES.md, and it covers exactly the
 * packages the bundler says it inlined: read from esbuild's own metafile (tsup's `metafile: true`) and, where the
 * output is not minified, from the module comments esbuild leaves in the shipped files. Each license text is checked
 * against the package's own files, and the notices are byte for byte what the generator makes from the metafile.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { bundledThirdPartyPackages, type Metafile, renderThirdPartyNotices, THIRD_PARTY_NOTICES_FILE } from "@crazyrouter/third-party-notices";
import { describe, expect, it } from "vitest";
import { bundledPackages } from "./bundled-packages.ts";
import { workspacePackages } from "./workspace-packages.ts";

const BUILD_FIRST = "run `.ci/pnpm run build` first";
const MODULE_COMMENT = /^\/\/ \S+\.[cm]?[jt]sx?$/m;

interface Bundle {
  /** `packages/mcp/dist-standalone`. */
  label: string;
  packageDirectory: string;
  directory: string;
}

/** Every build output folder (dist, dist-standalone, ...) of every workspace package. */
function bundles(): Bundle[] {
  return workspacePackages().flatMap(({ path, directory }) =>
    readdirSync(directory)
      .filter((name) => /^dist(-|$)/.test(name) && statSync(join(directory, name)).isDirectory())
      .map((name) => ({ label: `${path}/${name}`, packageDirectory: directory, directory: join(directory, name) })),
  );
}

function filesIn(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

function metafilesOf(bundle: Bundle): Metafile[] {
  return readdirSync(bundle.directory)
    .filter((name) => /^metafile-.*\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(bundle.directory, name), "utf8")) as Metafile);
}

/** `name@version` of every package the metafile read a file from: the folder after the last node_modules/. */
function packagesInMetafile(metafile: Metafile, packageDirectory: string): string[] {
  const roots = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) roots.add(join(packageDirectory, match[1]!));
  }
  return [...roots].map((root) => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
    return `${manifest.name}@${manifest.version}`;
  });
}

/** The `## name@version` headings of a notices file. */
function packagesInNotices(notices: string): string[] {
  return [...notices.matchAll(/^## (\S+@\S+)$/gm)].map((match) => match[1]!);
}

it("finds the bundles we ship: the MCP server (npm and single file), the n8n node, the CLI", () => {
  const labels = bundles().map((bundle) => bundle.label);
  for (const expected of ["packages/mcp/dist", "packages/mcp/dist-standalone", "packages/n8n/dist", "packages/cli/dist"]) {
    expect(labels, BUILD_FIRST).toContain(expected);
  }
});

describe.each(bundles().map((bundle) => [bundle.label, bundle] as const))("%s", (_, bundle) => {
  const metafiles = metafilesOf(bundle);
  const inMetafile = [...new Set(metafiles.flatMap((metafile) => packagesInMetafile(metafile, bundle.packageDirectory)))].sort();
  const sources = filesIn(bundle.directory)
    .filter((file) => /\.[cm]?js$/.test(file))
    .map((file) => readFileSync(file, "utf8"));
  const inComments = bundledPackages(sources, bundle.packageDirectory).map((entry) => `${entry.name}@${entry.version}`);
  const noticesPath = join(bundle.directory, THIRD_PARTY_NOTICES_FILE);

  it("has THIRD_PARTY_NOTICES.md listing exactly the third-party packages the bundler inlined", () => {
    // Unminified, esbuild starts every module with a `// path` comment; a minified bundle has none, so only the
    // bundler's metafile can say what it holds.
    const minified = sources.length > 0 && !sources.some((source) => MODULE_COMMENT.test(source));
    expect(minified && metafiles.length === 0, `${bundle.label} is minified and records no metafile: add \`metafile: true\` to its tsup config`).toBe(false);
    // What the shipped code's own module comments show must be in the bundler's record: a bundle without a metafile
    // that inlines third-party code fails here.
    expect(inMetafile, "inlined code the metafile does not record (add `metafile: true` and the notices plugin to its tsup config)").toEqual(
      expect.arrayContaining(inComments),
    );
    if (inMetafile.length === 0) return;
    expect(existsSync(noticesPath), `${bundle.label} inlines ${inMetafile.join(", ")} but has no ${THIRD_PARTY_NOTICES_FILE}`).toBe(true);
    expect(packagesInNotices(readFileSync(noticesPath, "utf8")).sort()).toEqual(inMetafile);
  });

  it.runIf(inMetafile.length > 0)("carries each package's own license files verbatim", () => {
    const notices = existsSync(noticesPath) ? readFileSync(noticesPath, "utf8") : "";
    for (const metafile of metafiles) {
      for (const input of Object.keys(metafile.inputs)) {
        const root = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
        if (!root) continue;
        const folder = join(bundle.packageDirectory, root);
        const licenses = readdirSync(folder).filter((name) => /^(licen[cs]e|copying)/i.test(name));
        expect(licenses.length, `${folder} has a license file`).toBeGreaterThan(0);
        for (const name of licenses) expect(notices).toContain(readFileSync(join(folder, name), "utf8").replaceAll("\r\n", "\n").trimEnd());
      }
    }
  });

  it.runIf(metafiles.length > 0)("is byte for byte what the generator makes from the bundler's metafile (sorted, no dates or paths)", () => {
    expect(existsSync(noticesPath), `${noticesPath} is missing: ${BUILD_FIRST}`).toBe(true);
    const regenerated = renderThirdPartyNotices(
      bundledThirdPartyPackages({ inputs: Object.assign({}, ...metafiles.map((metafile) => metafile.inputs)) as Metafile["inputs"] }, bundle.packageDirectory),
    );
    expect(readFileSync(noticesPath, "utf8") === regenerated, `${noticesPath} differs from the generator's output`).toBe(true);
    expect(regenerated).not.toContain(bundle.packageDirectory);
  });
});
