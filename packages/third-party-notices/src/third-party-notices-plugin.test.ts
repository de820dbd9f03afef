import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { THIRD_PARTY_NOTICES_FILE } from "./render-third-party-notices.js";
import { thirdPartyNotices } from "./third-party-notices-plugin.js";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Files = Record<string, string>;

/** A package under `node_modules/<name>` with an index.js that exports its name, plus the files given. */
function dependency(name: string, manifest: Record<string, unknown>, files: Files = {}): Files {
  const folder = `node_modules/${name}`;
  const laid: Files = {
    [`${folder}/package.json`]: JSON.stringify({ name, version: "1.2.3", main: "index.js", ...manifest }),
    [`${folder}/index.js`]: `export const name = ${JSON.stringify(name)};\n`,
  };
  for (const [file, text] of Object.entries(files)) laid[`${folder}/${file}`] = text;
  return laid;
}

/** A project importing `imports` from entry.js, bundled by the real esbuild with the plugin, written to out/. */
async function bundle(imports: string[], files: Files): Promise<{ notices: string; project: string }> {
  const project = mkdtempSync(join(tmpdir(), "crazyrouter-notices-"));
  folders.push(project);
  const entry = imports.map((name, index) => `import { name as n${index} } from ${JSON.stringify(name)};\nconsole.log(n${index});\n`).join("");
  for (const [file, text] of Object.entries({ ...files, "entry.js": entry })) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  await build({
    absWorkingDir: project,
    entryPoints: ["entry.js"],
    bundle: true,
    outdir: "out",
    format: "esm",
    logLevel: "silent",
    plugins: [thirdPartyNotices()],
  });
  return { notices: readFileSync(join(project, "out", THIRD_PARTY_NOTICES_FILE), "utf8"), project };
}

const MIT_TEXT = "MIT License\r\n\r\nCopyright (c) 2020 Someone\r\n";

describe("the third-party notices plugin, run by esbuild", () => {
  it("lists every inlined package with its version, license and verbatim license and NOTICE texts, sorted", async () => {
    const { notices } = await bundle(["zeta", "@scope/alpha", "dual"], {
      ...dependency("zeta", { license: "MIT" }, { LICENSE: MIT_TEXT }),
      ...dependency(
        "@scope/alpha",
        { license: "Apache-2.0" },
        { "LICENSE.txt": "Apache License\nVersion 2.0\n", NOTICE: "Alpha\nCopyright 2021 Alpha Inc.\n" },
      ),
      ...dependency("dual", { license: "(GPL-3.0-only OR MIT)" }, { "LICENSE-MIT": "dual, MIT ``` text\n", README: "not a license" }),
    });
    expect(notices).toContain("| @scope/alpha | 1.2.3 | Apache-2.0 |\n| dual | 1.2.3 | MIT |\n| zeta | 1.2.3 | MIT |\n");
    expect(notices.indexOf("## @scope/alpha@1.2.3")).toBeLessThan(notices.indexOf("## dual@1.2.3"));
    expect(notices.indexOf("## dual@1.2.3")).toBeLessThan(notices.indexOf("## zeta@1.2.3"));
    expect(notices).toContain("LICENSE.txt:\n\n```text\nApache License\nVersion 2.0\n```");
    expect(notices).toContain("NOTICE:\n\n```text\nAlpha\nCopyright 2021 Alpha Inc.\n```");
    // A license text holding a fence gets a longer one; CRLF files are read as LF.
    expect(notices).toContain("LICENSE-MIT:\n\n````text\ndual, MIT ``` text\n````");
    expect(notices).toContain("```text\nMIT License\n\nCopyright (c) 2020 Someone\n```");
    expect(notices).not.toContain("not a license");
  });

  it("leaves out first-party code reached through a workspace link, and says when nothing third-party is inlined", async () => {
    // pnpm links a workspace package into node_modules; esbuild follows the link to the real folder outside it.
    const project = mkdtempSync(join(tmpdir(), "crazyrouter-notices-workspace-"));
    folders.push(project);
    mkdirSync(join(project, "core"));
    writeFileSync(join(project, "core", "package.json"), JSON.stringify({ name: "@ours/core", version: "0.1.0", main: "index.js" }));
    writeFileSync(join(project, "core", "index.js"), 'export const name = "core";\n');
    const app = join(project, "app");
    mkdirSync(join(app, "node_modules", "@ours"), { recursive: true });
    symlinkSync(join(project, "core"), join(app, "node_modules", "@ours", "core"), "dir");
    writeFileSync(join(app, "entry.js"), 'import { name } from "@ours/core";\nconsole.log(name);\n');
    await build({ absWorkingDir: app, entryPoints: ["entry.js"], bundle: true, outdir: "out", logLevel: "silent", plugins: [thirdPartyNotices()] });
    expect(readFileSync(join(app, "out", "entry.js"), "utf8")).toContain('"core"');
    expect(readFileSync(join(app, "out", THIRD_PARTY_NOTICES_FILE), "utf8")).toContain("This build includes no third-party code.");
  });

  it("fails the build, naming each package and why, for a missing license file, a copyleft or an unknown license", async () => {
    const failing = bundle(["fine", "bare", "copyleft", "custom"], {
      ...dependency("fine", { license: "ISC" }, { LICENSE: "ISC text\n" }),
      ...dependency("bare", { license: "MIT" }),
      ...dependency("copyleft", { license: "GPL-3.0-only" }, { COPYING: "GPL text\n" }),
      ...dependency("custom", { license: "SEE LICENSE IN terms.txt" }, { "terms.txt": "terms" }),
    });
    await expect(failing).rejects.toThrow(/bare@1\.2\.3 \(.*\): no LICENSE, LICENCE or COPYING file/);
    await expect(failing).rejects.toThrow(/copyleft@1\.2\.3 \(.*\): license "GPL-3\.0-only" is not one we may bundle/);
    await expect(failing).rejects.toThrow(/custom@1\.2\.3 \(.*\): license "SEE LICENSE IN terms\.txt" is not one we may bundle/);
    await expect(failing).rejects.toThrow(/allowed-licenses\.ts/);
    await expect(failing).rejects.not.toThrow(/fine@/);
  });

  it("writes the same bytes on every run", async () => {
    const files = { ...dependency("b", { license: "MIT" }, { LICENSE: "b\n" }), ...dependency("a", { license: "BSD-3-Clause" }, { LICENCE: "a\n" }) };
    const first = await bundle(["b", "a"], files);
    const second = await bundle(["a", "b"], files);
    expect(second.notices).toBe(first.notices);
    expect(first.notices).not.toMatch(/\d{4}-\d{2}-\d{2}|crazyrouter-notices-/);
  });
});
