import type { CredentialFormSchema } from "@crazyrouter/dify";

/** What setup tells a Dify user from the generated packages and the plugin generator's own data. */
export interface DifyArtifacts {
  /** The generated packages, relative to the working directory. */
  packages: readonly string[];
  /** The public key `generate` wrote next to signed packages; undefined when they are unsigned. */
  publicKey: string | undefined;
  /** The provider's credential form exactly as the generated plugins declare it. */
  form: readonly CredentialFormSchema[];
  /** The select option that means "use the custom base URL field". */
  customOption: string;
}
