/** A configuration mistake the user must fix (bad flag, bad env value); printed on stderr, exit code 2. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
