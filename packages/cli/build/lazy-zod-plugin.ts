/**
 * An esbuild plugin for the CLI bundle: zod is evaluated when the core first calls it, not when the bundle
 * starts. The core builds its schemas on first use and accepts a well-formed answer without them, so
 * `crazyrouter models` never calls zod; evaluating it anyway was several ms of every start.
 *
 * How: `import * as z from "zod"` resolves to a small CommonJS module whose properties are getters that
 * `require()` zod on first read. esbuild evaluates a required module only when that `require()` runs. What is
 * required is an ES module re-exporting the zod values the bundled sources read (`z.object`, `z.ZodError`, ...), so esbuild still leaves out the rest of zod (its locales,
 * the JSON Schema importer). Any other way of importing zod fails the build, so no name can be missed silently.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Options } from "tsup";
import ts from "typescript";

/** esbuild's plugin type, as tsup takes it (esbuild is tsup's dependency, not ours). */
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const NAMESPACE = "crazyrouter-lazy-zod";
/** The two import forms the getters can serve: the namespace, and types only (erased). */
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

/** Fails the build for an import of zod the getters cannot serve (named imports, a default import, a subpath). */
function checkImportForms(importer: string): string | undefined {
  const text = readFileSync(importer, "utf8");
  const unserved = [...text.matchAll(ANY_ZOD_IMPORT)].map((match) => match[0]).filter((statement) => !SERVED_IMPORT.test(statement));
  return unserved.length > 0 ? `${importer}: import zod as \`import * as z from "zod"\` (lazy-zod-plugin): ${unserved.join(" ")}` : undefined;
}

/** `sourceDirs`: every source folder bundled into the CLI that imports zod. */
export function lazyZodPlugin(sourceDirs: readonly string[]): Plugin {
  const requireFromCore = createRequire(path.join(sourceDirs[0] as string, "..", "package.json"));
  const zodEntry = requireFromCore.resolve("zod").replace(/index\.cjs$/, "index.js");
  const names = zodValuesNamedIn(sourceDirs);
  const runtimeExports = new Set(Object.keys(requireFromCore("zod") as object));
  const missing = names.filter((name) => !runtimeExports.has(name));
  if (missing.length > 0) throw new Error(`lazy-zod-plugin: zod has no export named ${missing.join(", ")}`);
  return {
    name: "lazy-zod",
    setup(build) {
      build.onResolve({ filter: /^zod(\/.*)?$/ }, (args) => {
        if (args.namespace === NAMESPACE) return undefined;
        const problem = checkImportForms(args.importer);
        if (problem || args.path !== "zod") return { errors: [{ text: problem ?? `${args.importer}: zod subpath imports are not served lazily` }] };
        return { path: "getters", namespace: NAMESPACE };
      });
      build.onResolve({ filter: /^zod-values$/ }, () => ({ path: "values", namespace: NAMESPACE }));
      build.onLoad({ filter: /^getters$/, namespace: NAMESPACE }, () => ({
        loader: "js",
        contents: [
          "let zod;",
          `for (const name of ${JSON.stringify(names)})`,
          '  Object.defineProperty(exports, name, { enumerable: true, get: () => (zod ??= require("zod-values"))[name] });',
        ].join("\n"),
      }));
      build.onLoad({ filter: /^values$/, namespace: NAMESPACE }, () => ({
        loader: "js",
        resolveDir: path.dirname(zodEntry),
        contents: `export { ${names.join(", ")} } from ${JSON.stringify(zodEntry)};`,
      }));
    },
  };
}
