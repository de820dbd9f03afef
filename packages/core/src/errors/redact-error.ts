import { CrazyrouterError } from "./crazyrouter-error.js";
import { describeValue } from "./describe-value.js";
import { containsSecret, redactSecrets } from "./redact-secrets.js";

/**
 * The one place errors are cleaned before they leave the client: every method's rejection and every stream's
 * failure pass through it, so a key echoed by the gateway (an error body, a mid-stream error event, a proxy's
 * page) never reaches a message, a hint, a stack trace or a cause. A new error is built rather than the old
 * one edited: the stack captured the message when the error was made.
 */
export function redactError(error: CrazyrouterError, secrets: readonly string[]): CrazyrouterError;
export function redactError(error: unknown, secrets: readonly string[]): unknown;
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (CrazyrouterError.isInstance(error)) {
    const data = error.toJSON();
    const shown = [data.message, data.hint, data.gatewayCode ?? "", data.field ?? "", error.stack ?? ""].join("\n");
    const cause = redactCause(error.cause, secrets);
    if (!containsSecret(shown, secrets) && cause === error.cause) return error;
    return new CrazyrouterError({
      ...data,
      message: redactSecrets(data.message, secrets),
      hint: redactSecrets(data.hint, secrets),
      gatewayCode: data.gatewayCode === undefined ? undefined : redactSecrets(data.gatewayCode, secrets),
      field: data.field === undefined ? undefined : redactSecrets(data.field, secrets),
      cause,
    });
  }
  if (error instanceof Error && containsSecret(`${error.message}\n${error.stack ?? ""}`, secrets)) {
    return new Error(redactSecrets(error.message, secrets));
  }
  return error;
}

function redactCause(cause: unknown, secrets: readonly string[]): unknown {
  if (cause === undefined) return undefined;
  const text = cause instanceof Error ? `${cause.message}\n${cause.stack ?? ""}` : describeValue(cause);
  if (!containsSecret(text, secrets)) return cause;
  return new Error(redactSecrets(cause instanceof Error ? cause.message : describeValue(cause), secrets));
}
