import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { SIGNING_KEY_ENV, SIGNING_KEY_FILE_ENV } from "@crazyrouter/dify";
import { uploadToDaemon } from "@crazyrouter/dify/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDify } from "./generate-dify.js";

let workDir: string;
let keyFile: string;
let keyPem: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "crazyrouter-generate-dify-"));
  keyPem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  keyFile = join(workDir, "publisher.private.pem");
  await writeFile(keyFile, keyPem, { mode: 0o600 });
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function generate(name: string, options: { signingKeyFile?: string; env?: Record<string, string> }) {
  const { files, note } = await generateDify({ outDir: join(workDir, name), signingKeyFile: options.signingKeyFile, env: options.env ?? {} });
  return { files, output: note };
}

const trusting = (publicKey: string) =>
  ({ THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED: "true", THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS: publicKey }) as const;

describe("generate, Dify part", () => {
  it("without a key writes unsigned packages and says how a host installs them and how to sign", async () => {
    const { files, output } = await generate("unsigned", {});
    expect(files.map((file) => basename(file))).toEqual(["crazyrouter-0.1.0.difypkg", "crazyrouter_image-0.1.0.difypkg", "crazyrouter_bundle-0.1.0.difybndl"]);
    expect(output).toContain("FORCE_VERIFYING_SIGNATURE=false");
    expect(output).toContain(`--dify-signing-key FILE, or ${SIGNING_KEY_FILE_ENV}=FILE, or the PEM itself in ${SIGNING_KEY_ENV}`);
    for (const file of files) expect(uploadToDaemon(file).accepted, basename(file)).toBe(false);
  });

  it("signs with the key file given by flag or environment, or the PEM in the environment, and writes the public key", async () => {
    const runs = [
      await generate("flag", { signingKeyFile: keyFile }),
      await generate("env-file", { env: { [SIGNING_KEY_FILE_ENV]: keyFile } }),
      await generate("env-pem", { env: { [SIGNING_KEY_ENV]: keyPem } }),
    ];
    for (const { files, output } of runs) {
      const publicKey = files.at(-1)!;
      expect(basename(publicKey)).toBe("crazyrouter.public.pem");
      expect(await readFile(publicKey, "utf8")).toMatch(/^-----BEGIN RSA PUBLIC KEY-----\n/);
      expect(output).toContain("THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true");
      expect(output).not.toContain(keyPem.split("\n")[1]!);
      for (const file of files.slice(0, -1)) expect(uploadToDaemon(file, trusting(publicKey)).accepted, basename(file)).toBe(true);
    }
  });

  it("refuses a key it cannot use instead of writing unsigned packages", async () => {
    await expect(generate("bad", { env: { [SIGNING_KEY_ENV]: "not a key" } })).rejects.toThrow(`$${SIGNING_KEY_ENV} is not a PEM private key`);
  });
});
