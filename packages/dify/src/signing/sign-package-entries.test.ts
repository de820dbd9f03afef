import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLUGIN_CREATED_AT } from "../plugin-metadata.js";
import { zipFiles } from "../packaging/zip-files.js";
import { uploadToDaemon } from "../testing/daemon-signature-check.js";
import { SIGNING_PUBLIC_KEY_FILE, writeDifyPlugins } from "../write-dify-plugins.js";
import { parseSigningKey, resolveSigningKey, SIGNING_KEY_ENV, SIGNING_KEY_FILE_ENV } from "./signing-key.js";

// The oracle is signature-check (packages/dify/signature-check): the daemon's upload and verification steps on the
// daemon's own Go libraries, not this package's code.

let workDir: string;
let privateKeyPath: string;
let signedDir: string;
let unsignedDir: string;

const packagesIn = (dir: string) =>
  ["crazyrouter-0.1.0.difypkg", "crazyrouter_image-0.1.0.difypkg", "crazyrouter_bundle-0.1.0.difybndl"].map((name) => join(dir, name));
/** The archive comment, from the end-of-central-directory record (its length sits 20 bytes in). */
function zipComment(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return buffer.subarray(end + 22, end + 22 + buffer.readUInt16LE(end + 20)).toString("utf8");
}
const trusting = (publicKeys: string) =>
  ({ THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED: "true", THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS: publicKeys }) as const;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-signing-"));
  // A throwaway key made the way examples/dify/README.md tells a publisher to make one.
  privateKeyPath = join(workDir, "crazyrouter-dify.private.pem");
  execFileSync("openssl", ["genrsa", "-out", privateKeyPath, "4096"], { stdio: "ignore" });
  signedDir = join(workDir, "signed");
  unsignedDir = join(workDir, "unsigned");
  const privateKey = await resolveSigningKey({ file: privateKeyPath, env: {} });
  await writeDifyPlugins(signedDir, { signing: { privateKey: privateKey! } });
  await writeDifyPlugins(unsignedDir);
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("signed packages, as Dify's plugin daemon checks them on upload", () => {
  it("are refused unsigned by a daemon with default settings, and accepted once the host turns verification off", () => {
    for (const file of packagesIn(unsignedDir)) {
      const refused = uploadToDaemon(file);
      expect(refused.accepted, basename(file)).toBe(false);
      expect(refused.error).toBe("plugin verification has been enabled, and the plugin you want to install has a bad signature");
      expect(uploadToDaemon(file, { FORCE_VERIFYING_SIGNATURE: "false" }).accepted, basename(file)).toBe(true);
    }
  });

  it("are accepted, with verification on, by a host that trusts the public key generate writes", () => {
    const publicKey = join(signedDir, SIGNING_PUBLIC_KEY_FILE);
    for (const file of packagesIn(signedDir)) {
      const upload = uploadToDaemon(file, trusting(publicKey));
      expect(upload, basename(file)).toMatchObject({ accepted: true });
      expect(upload.packages.length).toBeGreaterThan(0);
      for (const item of upload.packages) {
        expect(item).toMatchObject({ author: "crazyrouter", verified: true, verification: { authorized_category: "community" } });
      }
    }
  });

  it("name each package in the bundle by the checksum the daemon computes", () => {
    const bundle = uploadToDaemon(packagesIn(signedDir)[2]!, trusting(join(signedDir, SIGNING_PUBLIC_KEY_FILE)));
    expect(bundle.packages.map((item) => item.name)).toEqual(["crazyrouter", "crazyrouter_image"]);
    for (const item of bundle.packages) expect(item.asset).toBe(item.checksum);
  });

  it("are refused while the host has not enabled third-party keys, or trusts another key", async () => {
    const otherKey = join(workDir, "other.public.pem");
    await writeFile(otherKey, generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "pkcs1", format: "pem" }));
    for (const file of packagesIn(signedDir)) {
      expect(uploadToDaemon(file).accepted, basename(file)).toBe(false);
      expect(uploadToDaemon(file, { THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS: join(signedDir, SIGNING_PUBLIC_KEY_FILE) }).accepted).toBe(false);
      expect(uploadToDaemon(file, trusting(otherKey)).accepted, basename(file)).toBe(false);
      expect(uploadToDaemon(file, trusting(`${otherKey}, ${join(signedDir, SIGNING_PUBLIC_KEY_FILE)}`)).accepted, basename(file)).toBe(true);
    }
  });

  it("are refused once a file inside changes", async () => {
    const [signed] = packagesIn(signedDir);
    const bytes = new Uint8Array(await readFile(signed!));
    const comment = zipComment(bytes);
    expect(comment).toMatch(/^\{"signature":"[A-Za-z0-9+/=]+","time":\d+\}$/);
    const entries = Object.entries(unzipSync(bytes)).map(([path, content]) => ({
      path,
      bytes: path === "main.py" ? new TextEncoder().encode(`${new TextDecoder().decode(content)}\nprint("tampered")\n`) : content,
    }));
    const tampered = join(workDir, "tampered.difypkg");
    await writeFile(tampered, zipFiles(entries, PLUGIN_CREATED_AT, comment));
    const upload = uploadToDaemon(tampered, trusting(join(signedDir, SIGNING_PUBLIC_KEY_FILE)));
    expect(upload.accepted).toBe(false);
    expect(upload.packages[0]?.verify_error).toMatch(/verification error/);
  });

  it("check out with openssl too, over the entries Python's zipfile reads", () => {
    // A second reader and RSA implementation, independent of Go's and Node's: rebuild the signed message (SHA-256 of
    // each entry in stored order, then the time) with Python's zipfile and let openssl verify the signature over it.
    const rebuild = [
      "import base64, hashlib, json, sys, zipfile",
      "z = zipfile.ZipFile(sys.argv[1]); c = json.loads(z.comment)",
      "open(sys.argv[2], 'wb').write(b''.join(hashlib.sha256(z.read(i)).digest() for i in z.infolist()) + str(c['time']).encode())",
      "open(sys.argv[3], 'wb').write(base64.b64decode(c['signature']))",
    ].join("\n");
    const [message, signature] = [join(workDir, "message.bin"), join(workDir, "signature.bin")];
    for (const file of packagesIn(signedDir).slice(0, 2)) {
      execFileSync("python3", ["-c", rebuild, file, message, signature]);
      const publicKey = join(signedDir, SIGNING_PUBLIC_KEY_FILE);
      expect(execFileSync("openssl", ["dgst", "-sha256", "-verify", publicKey, "-signature", signature, message], { encoding: "utf8" }).trim()).toBe(
        "Verified OK",
      );
    }
  });

  it("come out byte for byte the same from the same key", async () => {
    const again = join(workDir, "again");
    await writeDifyPlugins(again, { signing: { privateKey: parseSigningKey(await readFile(privateKeyPath, "utf8"), privateKeyPath) } });
    for (const [index, file] of packagesIn(signedDir).entries()) {
      expect(Buffer.compare(await readFile(file), await readFile(packagesIn(again)[index]!)), basename(file)).toBe(0);
    }
  });
});

describe("the signing key", () => {
  it("comes from a file named by flag or environment, or from PEM text in the environment", async () => {
    const pem = await readFile(privateKeyPath, "utf8");
    const fromEnvText = await resolveSigningKey({ env: { [SIGNING_KEY_ENV]: pem } });
    const fromEnvFile = await resolveSigningKey({ env: { [SIGNING_KEY_FILE_ENV]: privateKeyPath } });
    expect(fromEnvText?.asymmetricKeyType).toBe("rsa");
    expect(fromEnvFile?.equals(fromEnvText!)).toBe(true);
    expect(await resolveSigningKey({ env: {} })).toBeUndefined();
    await expect(resolveSigningKey({ file: join(workDir, "missing.pem"), env: {} })).rejects.toThrow(/cannot read the Dify signing key file .*ENOENT/);
  });

  it("may be PKCS#1, as the daemon's own key generator writes it", () => {
    const pkcs1 = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    expect(pkcs1).toContain("BEGIN RSA PRIVATE KEY");
    expect(parseSigningKey(pkcs1, "key").asymmetricKeyType).toBe("rsa");
  });

  it("is refused when it is not an RSA private key of at least 2048 bits, without echoing it", () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseSigningKey(ec, "key.pem")).toThrow(/key\.pem is a ec key; Dify's daemon verifies RSA signatures only/);
    const small = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseSigningKey(small, "key.pem")).toThrow(/1024-bit/);
    expect(() => parseSigningKey("sk-not-a-key", "$KEY")).toThrow(/^\$KEY is not a PEM private key/);
    expect(() => parseSigningKey("sk-not-a-key", "$KEY")).not.toThrow(/sk-not-a-key/);
  });
});
