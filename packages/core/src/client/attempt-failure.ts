import type { CrazyrouterError } from "../errors/crazyrouter-error.js";

/**
 * One failed attempt, as thrown inside the retry loop: the classified error plus how long the server asked us
 * to wait before the next attempt. An Error (with a stack), never a plain object; it never leaves the core,
 * which hands out `error` itself.
 */
export class AttemptFailure extends Error {
  override readonly name = "AttemptFailure";

  constructor(
    readonly error: CrazyrouterError,
    readonly retryAfterMs: number | undefined = undefined,
  ) {
    super(error.message, { cause: error });
  }
}
