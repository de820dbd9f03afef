/**
 * The packaging linter: each publishable package is packed exactly as a release packs it (the CLI's
 * `packWorkspacePackage`, pnpm) and the tarball is checked by tools that know how npm, Node and TypeScript read a
 * package: publint, arethetypeswrong, a TypeScript project that installs the tarball, and the bundled
 * dependencies' own package.json files for the engines it needs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { packWorkspacePackage } from "@crazyrouter/cli";
import { THIRD_PARTY_NOTICES_FILE } from "@crazyrouter/third-party-notices";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import semver from "semver";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { bundledPackages } from "./bundled-packages.ts";
import { publishablePackages, rootManifest, type WorkspacePackage } from "./workspace-packages.ts";

const workDir = mkdtempSync(join(tmpdir(), "crazyrouter-packaging-lint-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

type Manifest = Record<string, unknown> & { name: string; version: string };

interface Packed {
  tarball: string;
  /** The unpacked `package/` folder. */
  root: string;
  manifest: Manifest;
}

const packedByName = new Map<string, Promise<Packed>>();

/** Packs a package once per run, as the release does, and unpacks it. */
function packed(workspacePackage: WorkspacePackage): Promise<Packed> {
  const name = workspacePackage.manifest.name;
  let promise = packedByName.get(name);
  if (!promise) {
    promise = (async () => {
      const destination = join(workDir, name.replace(/[@/]/g, "_"));
      const tarball = await packWorkspacePackage(name, destination);
      const extracted = spawnSync("tar", ["-xzf", tarball, "-C", destination], { encoding: "utf8" });
      if (extracted.status !== 0) throw new Error(`tar failed: ${extracted.stderr}`);
      const root = join(destination, "package");
      return { tarball, root, manifest: JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest };
    })();
    packedByName.set(name, promise);
  }
  return promise;
}

/** Every string an `exports` value leads to, with the conditions on the way. */
function exportTargets(value: unknown, conditions: string[] = []): Array<{ target: string; conditions: string[] }> {
  if (typeof value === "string") return [{ target: value, conditions }];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, [...conditions, key]));
  return [];
}

function filesIn(directory: string, prefix = ""): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(directory, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const toolRequire = createRequire(import.meta.url);

it("publishes exactly the MCP server and the n8n node (the CLI, core and generators are workspace tools)", () => {
  expect(publishablePackages().map((workspacePackage) => workspacePackage.manifest.name)).toEqual(["@crazyrouter/mcp", "n8n-nodes-crazyrouter"]);
});

describe.each(publishablePackages().map((workspacePackage) => [workspacePackage.manifest.name, workspacePackage] as const))(
  "%s, packed",
  (name, workspacePackage) => {
    it("passes publint (strict, suggestions included)", { timeout: 120_000 }, async () => {
      const { tarball, manifest } = await packed(workspacePackage);
      const bytes = readFileSync(tarball);
      const { messages } = await publint({
        pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
        level: "suggestion",
        strict: true,
      });
      expect(messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, manifest)}`)).toEqual([]);
    });

    it("passes arethetypeswrong, with the ESM-only profile for an ESM-only package", { timeout: 120_000 }, async () => {
      const { tarball, manifest } = await packed(workspacePackage);
      const esmOnly = manifest.type === "module" && !exportTargets(manifest.exports).some((entry) => entry.conditions.includes("require"));
      const cli = join(dirname(toolRequire.resolve("@arethetypeswrong/cli/package.json")), "dist", "index.js");
      const checked = spawnSync(process.execPath, [cli, tarball, "--format", "ascii", "--no-color", ...(esmOnly ? ["--profile", "esm-only"] : [])], {
        encoding: "utf8",
      });
      expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    });

    it("names only files the tarball holds, and no source-only export condition", async () => {
      const { root, manifest } = await packed(workspacePackage);
      const shipped = new Set(filesIn(root));
      const named: string[] = [];
      for (const { target, conditions } of exportTargets(manifest.exports)) {
        expect(conditions, `exports ${target}`).not.toContain("crazyrouter-source");
        named.push(target);
      }
      const bin = manifest.bin;
      named.push(...(typeof bin === "string" ? [bin] : Object.values((bin ?? {}) as Record<string, string>)));
      for (const field of ["main", "types", "module"]) if (typeof manifest[field] === "string") named.push(manifest[field]);
      const n8n = manifest.n8n as { nodes?: string[]; credentials?: string[] } | undefined;
      named.push(...(n8n?.nodes ?? []), ...(n8n?.credentials ?? []));
      expect(named.length).toBeGreaterThan(0);
      for (const file of named) expect(shipped.has(file.replace(/^\.\//, "")), `${file} is named in package.json but not packed`).toBe(true);
    });

    it("declares what npm shows and provenance needs: license, author, repository, homepage, bugs, keywords", async () => {
      const { manifest } = await packed(workspacePackage);
      const root = rootManifest() as { license: string; author: unknown; repository: { url: string }; bugs: { url: string } };
      expect(manifest.license).toBe(root.license);
      expect(manifest.author).toEqual(root.author);
      // npm checks the provenance statement's source repository against this URL, so every package names the same one.
      expect(manifest.repository).toEqual({ type: "git", url: root.repository.url, directory: workspacePackage.path });
      expect(manifest.bugs).toEqual(root.bugs);
      expect(String(manifest.homepage)).toMatch(/^https:\/\//);
      expect(typeof manifest.description).toBe("string");
      expect((manifest.keywords as string[]).length).toBeGreaterThan(2);
      expect(manifest.publishConfig).toEqual({ access: "public", provenance: true });
    });

    it("declares Node engines that every bundled dependency's own engines allow", async () => {
      const { root, manifest } = await packed(workspacePackage);
      const declared = (manifest.engines as { node?: string } | undefined)?.node;
      expect(declared, "engines.node").toBeDefined();
      const sources = filesIn(root)
        .filter((file) => /\.[cm]?js$/.test(file))
        .map((file) => readFileSync(join(root, file), "utf8"));
      const bundled = bundledPackages(sources, workspacePackage.directory);
      expect(bundled.length).toBeGreaterThan(0);
      const tooLow = bundled.filter((dependency) => dependency.node !== undefined && !semver.subset(declared!, dependency.node));
      expect(
        tooLow.map((dependency) => `${dependency.name}@${dependency.version} needs Node ${dependency.node}`),
        `declared ${declared}`,
      ).toEqual([]);
    });

    it("ships THIRD_PARTY_NOTICES.md for exactly the third-party packages its files inline, and no bundler metafile", async () => {
      const { root } = await packed(workspacePackage);
      const shipped = filesIn(root);
      expect(shipped.filter((file) => /(^|\/)metafile-[^/]*\.json$/.test(file))).toEqual([]);
      expect(shipped.filter((file) => file.endsWith(THIRD_PARTY_NOTICES_FILE))).toEqual([`dist/${THIRD_PARTY_NOTICES_FILE}`]);
      const sources = shipped.filter((file) => /\.[cm]?js$/.test(file)).map((file) => readFileSync(join(root, file), "utf8"));
      const bundled = bundledPackages(sources, workspacePackage.directory).map((dependency) => `${dependency.name}@${dependency.version}`);
      const notices = readFileSync(join(root, "dist", THIRD_PARTY_NOTICES_FILE), "utf8");
      expect([...notices.matchAll(/^## (\S+@\S+)$/gm)].map((match) => match[1]).sort()).toEqual(bundled.sort());
    });

    it("type-checks in a TypeScript project that installs the tarball (declared peers only, no workspace)", { timeout: 180_000 }, async () => {
      const { tarball, manifest } = await packed(workspacePackage);
      const typed = exportTargets(manifest.exports).some((entry) => entry.conditions.includes("types"));
      if (!typed) {
        // n8n loads the node's files by path; nothing imports the package, so it ships no types.
        expect(manifest.name).toBe("n8n-nodes-crazyrouter");
        return;
      }
      const consumer = join(workDir, `${name.replace(/[@/]/g, "_")}-consumer`);
      mkdirSync(consumer, { recursive: true });
      writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
      const installed = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball], {
        cwd: consumer,
        encoding: "utf8",
      });
      expect(installed.status, installed.stderr).toBe(0);
      // What a user adds beside it: the package's declared peers and Node's types, at the versions this workspace uses.
      const workspaceRequire = createRequire(join(workspacePackage.directory, "package.json"));
      const peers = Object.keys(manifest.peerDependencies ?? {});
      for (const dependency of [...peers, "@types/node"]) {
        const link = join(consumer, "node_modules", dependency);
        mkdirSync(dirname(link), { recursive: true });
        if (!existsSync(link)) symlinkSync(dirname(workspaceRequire.resolve(`${dependency}/package.json`)), link, "dir");
      }
      // Every export, plus the README's TypeScript examples as a user would paste them.
      const readme = readFileSync(join(workspacePackage.directory, "README.md"), "utf8");
      const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
      writeFileSync(join(consumer, "exports.ts"), `import * as api from "${name}";\nexport const names: string[] = Object.keys(api);\n`);
      examples.forEach((example, index) => writeFileSync(join(consumer, `readme-example-${index + 1}.ts`), `${example}\nexport {};\n`));
      // TypeScript checks the package's declarations and the examples as the consumer's compiler would (skipLibCheck
      // off), but only those files: a missing module in a shipped .d.ts silently becomes `any` under skipLibCheck.
      const files = readdirSync(consumer)
        .filter((file) => file.endsWith(".ts"))
        .map((file) => join(consumer, file));
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2023,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        types: ["node"],
        typeRoots: [join(consumer, "node_modules", "@types")],
      });
      const packageFolder = realpathSync(join(consumer, "node_modules", ...name.split("/")));
      const checked = program.getSourceFiles().filter((file) => files.includes(file.fileName) || realpathSync(file.fileName).startsWith(packageFolder));
      expect(checked.some((file) => file.fileName.endsWith(".d.ts"))).toBe(true);
      const diagnostics = checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]);
      expect(diagnostics.map((diagnostic) => `${diagnostic.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`)).toEqual(
        [],
      );
    });
  },
);
