import path from "node:path";

export interface GenerateDifyOptions {
  /** The folder that receives the packages (`<out>/dify`). */
  outDir: string;
  /** `--dify-signing-key FILE`; else the environment names the key. */
  signingKeyFile?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The Dify part of `generate`: both plugins packed, signed with the publisher's key when one is given (by flag,
 * `$CRAZYROUTER_DIFY_SIGNING_KEY_FILE` or `$CRAZYROUTER_DIFY_SIGNING_KEY`), and a note on what a Dify host must do to
 * install what was written. Returns the files written (packages, bundle and, when signed, the public key) and that note.
 */
export async function generateDify(options: GenerateDifyOptions): Promise<{ files: string[]; note: string }> {
  const { resolveSigningKey, SIGNING_KEY_ENV, SIGNING_KEY_FILE_ENV, writeDifyPlugins } = await import("@crazyrouter/dify");
  const privateKey = await resolveSigningKey({ file: options.signingKeyFile, env: options.env });
  const written = await writeDifyPlugins(options.outDir, { signing: privateKey && { privateKey } });
  const files = written.filter((file) => /\.(difypkg|difybndl|pem)$/.test(file));
  const publicKey = files.find((file) => file.endsWith(".pem"));
  const note = publicKey
    ? `Dify packages signed. A Dify host installs them with verification on once its plugin daemon trusts ${path.basename(publicKey)}:\n` +
      "  THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<path of that file> (see examples/dify/README.md)\n"
    : 'Dify packages are unsigned: a Dify host with default settings refuses them ("bad signature") unless it sets FORCE_VERIFYING_SIGNATURE=false.\n' +
      `  To sign them: --dify-signing-key FILE, or ${SIGNING_KEY_FILE_ENV}=FILE, or the PEM itself in ${SIGNING_KEY_ENV} (see examples/dify/README.md)\n`;
  return { files, note };
}
