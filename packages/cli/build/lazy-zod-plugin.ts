/**
 * An esbuild plugin for the CLI bundle: zod is loaded when the core first calls it, not when the bundle starts.
 * The core builds its schemas on first use and accepts a well-formed answer without them, so `crazyrouter models`
 * never loads zod at all.
 *
 * How: zod's values that the bundled sources call (`z.object`, `z.string`, ...) are built into a file of their
 * own beside the bundle, `zod-values.cjs`, from zod's ES modules, so the rest of zod (its locales, the JSON Schema
 * importer) stays out. `import * as z from "zod"` resolves to a small module of forwarders: `z.object(...)` calls
 * `object` of that file, which is `require()`d on the first call. Its inputs join the build's metafile, so
 * THIRD_PARTY_NOTICES.md and the release checks still see zod.
 *
 * Why a file of its own: inlined into the bundle's shared chunk (even unevaluated, behind esbuild's lazy
 * `require`), zod's 100 KB were read, hashed and deserialized from the compile cache on every start, and the
 * lazy getters cost esbuild's CommonJS interop helpers: ~2.5 ms of a one-shot `crazyrouter models`, measured
 * with timestamps around the bundle's load.
 *
 * A forwarder is a function, so only zod's factory functions can be served: a class read for `instanceof`
 * would silently be the forwarder. Any other name, and any other way of importing zod, fails the build.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Options } from "tsup";
import ts from "typescript";

/** esbuild's plugin type, as tsup takes it (esbuild is tsup's dependency, not ours). */
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];
type BuildResult = Parameters<Parameters<Parameters<Plugin["setup"]>[0]["onEnd"]>[0]>[0];
type Metafile = NonNullable<BuildResult["metafile"]>;

const NAMESPACE = "crazyrouter-lazy-zod";
/** zod's file in the output folder, beside the chunk that requires it. */
const ZOD_VALUES_FILE = "zod-values.cjs";
/** zod's factories (`object`, `string`, `enum`): lower-case functions. Its classes and types are capitalised. */
const FACTORY_NAME = /^[a-z]\w*$/;
/** The two import forms the forwarders can serve: the namespace, and types only (erased). */
const SERVED_IMPORT = /^import\s+(?:\*\s+as\s+z|type\s+\{\s*z\s*\})\s+from\s+"zod";$/;
const ANY_ZOD_IMPORT = /\bimport\b[^;]*?\bfrom\s+"zod(?:\/[^"]*)?";/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/**
 * Every `z.name` the sources read as a value. TypeScript's parser tells values from types: `z.object(...)` and
 * `instanceof z.ZodError` are property accesses, `z.ZodType` and `z.core.$ZodIssue` in a type are qualified names
 * and cost nothing at run time (re-exporting `core` for a type would pull in all of zod).
 */
function zodValuesNamedIn(sourceDirs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const file of sourceDirs.flatMap(sourceFiles)) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "z") names.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest));
  }
  return [...names].sort();
}

/** Fails the build for an import of zod the forwarders cannot serve (named imports, a default import, a subpath). */
function checkImportForms(importer: string): string | undefined {
  const text = readFileSync(importer, "utf8");
  const unserved = [...text.matchAll(ANY_ZOD_IMPORT)].map((match) => match[0]).filter((statement) => !SERVED_IMPORT.test(statement));
  return unserved.length > 0 ? `${importer}: import zod as \`import * as z from "zod"\` (lazy-zod-plugin): ${unserved.join(" ")}` : undefined;
}

/** Adds a second build's files to a metafile, so plugins that read it later (the notices) see them. */
function mergeMetafile(into: Metafile, from: Metafile): void {
  Object.assign(into.inputs, from.inputs);
  Object.assign(into.outputs, from.outputs);
}

/**
 * The module `import * as z from "zod"` gets: one forwarder per name. import.meta.url is the chunk this lands
 * in, which sits in the output folder beside the values file.
 */
function forwardersModule(names: readonly string[]): string {
  const local = (name: string) => `zod_${name}`;
  return [
    "let zod;",
    `const values = () => (zod ??= process.getBuiltinModule("node:module").createRequire(import.meta.url)(${JSON.stringify(`./${ZOD_VALUES_FILE}`)}));`,
    ...names.map((name) => `const ${local(name)} = (...args) => values()[${JSON.stringify(name)}](...args);`),
    // `export { zod_enum as enum }`: a forwarder's own name may be a reserved word.
    `export { ${names.map((name) => `${local(name)} as ${name}`).join(", ")} };`,
  ].join("\n");
}

/** `sourceDirs`: every source folder bundled into the CLI that imports zod. */
export function lazyZodPlugin(sourceDirs: readonly string[]): Plugin {
  const requireFromCore = createRequire(path.join(sourceDirs[0] as string, "..", "package.json"));
  const zodEntry = requireFromCore.resolve("zod").replace(/index\.cjs$/, "index.js");
  const names = zodValuesNamedIn(sourceDirs);
  const runtime = requireFromCore("zod") as Record<string, unknown>;
  const missing = names.filter((name) => !(name in runtime));
  if (missing.length > 0) throw new Error(`lazy-zod-plugin: zod has no export named ${missing.join(", ")}`);
  const unforwardable = names.filter((name) => !FACTORY_NAME.test(name) || typeof runtime[name] !== "function");
  if (unforwardable.length > 0) throw new Error(`lazy-zod-plugin: only zod's factory functions can be forwarded, not z.${unforwardable.join(", z.")}`);
  return {
    name: "lazy-zod",
    setup(build) {
      build.onResolve({ filter: /^zod(\/.*)?$/ }, (args) => {
        const problem = checkImportForms(args.importer);
        if (problem || args.path !== "zod") return { errors: [{ text: problem ?? `${args.importer}: zod subpath imports are not served lazily` }] };
        return { path: "forwarders", namespace: NAMESPACE };
      });
      build.onLoad({ filter: /^forwarders$/, namespace: NAMESPACE }, () => ({ loader: "js", contents: forwardersModule(names) }));
      build.onEnd(async (result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        const { absWorkingDir = process.cwd(), outdir = "dist", target, minify, sourcemap } = build.initialOptions;
        const values = await build.esbuild.build({
          stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(zodEntry)};`, resolveDir: path.dirname(zodEntry), loader: "js" },
          absWorkingDir,
          outfile: path.resolve(absWorkingDir, outdir, ZOD_VALUES_FILE),
          bundle: true,
          format: "cjs",
          platform: "node",
          target,
          minify,
          sourcemap: sourcemap ?? false,
          metafile: true,
          logLevel: "error",
        });
        mergeMetafile(result.metafile, values.metafile);
      });
    },
  };
}
