import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";

/** Environment variable holding the publisher's private key itself (PEM), as CI secrets arrive. */
export const SIGNING_KEY_ENV = "CRAZYROUTER_DIFY_SIGNING_KEY";
/** Environment variable holding the path of the publisher's private key file (PEM). */
export const SIGNING_KEY_FILE_ENV = "CRAZYROUTER_DIFY_SIGNING_KEY_FILE";

const MIN_MODULUS_BITS = 2048;

/**
 * The publisher's RSA private key from PEM text: PKCS#1 ("RSA PRIVATE KEY", what `dify signature generate` writes)
 * or PKCS#8 ("PRIVATE KEY", what `openssl genrsa` writes). Errors name the problem, never the key's content.
 */
export function parseSigningKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error(`${source} is not a PEM private key (expected "-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN PRIVATE KEY-----")`);
  }
  if (key.asymmetricKeyType !== "rsa") throw new Error(`${source} is a ${key.asymmetricKeyType ?? "non-RSA"} key; Dify's daemon verifies RSA signatures only`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_MODULUS_BITS) throw new Error(`${source} is a ${bits}-bit RSA key; use at least ${MIN_MODULUS_BITS} bits (the daemon's own tool makes 4096)`);
  return key;
}

/**
 * The signing key named by the options (a file path wins over the environment), or undefined when none is given:
 * `file`, else `$CRAZYROUTER_DIFY_SIGNING_KEY_FILE`, else the PEM in `$CRAZYROUTER_DIFY_SIGNING_KEY`.
 */
export async function resolveSigningKey(options: {
  file?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): Promise<KeyObject | undefined> {
  const file = options.file || options.env[SIGNING_KEY_FILE_ENV];
  if (file) {
    const pem = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read the Dify signing key file ${file}: ${error.code ?? error.message}`);
    });
    return parseSigningKey(pem, file);
  }
  const pem = options.env[SIGNING_KEY_ENV];
  return pem?.trim() ? parseSigningKey(pem, `$${SIGNING_KEY_ENV}`) : undefined;
}

/**
 * The public half in the one form the daemon loads (`encryption.LoadPublicKey`): a single PKCS#1 PEM block,
 * "-----BEGIN RSA PUBLIC KEY-----", nothing after it. This is the file a Dify host lists in
 * THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS.
 */
export function signingPublicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: "pkcs1", format: "pem" }).toString();
}
