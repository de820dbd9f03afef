/**
 * A tool run that Coze Studio stops, with the message its backend produces. Coze Studio's Debug panel shows the
 * message only for its own status errors (`errorx.New(...)`, rendered "execute tool failed : ..."); any other
 * error is shown as "internal server error" (application/plugin `DebugAPI`). Agents and workflows see the message.
 */
export class CozeRuntimeError extends Error {
  /** Whether Coze raises it as a status error, which Debug shows, rather than a plain Go error. */
  readonly statusError: boolean;

  constructor(message: string, options: { statusError: boolean }) {
    super(message);
    this.name = "CozeRuntimeError";
    this.statusError = options.statusError;
  }

  /** What the Debug panel shows as the reason of the failed run. */
  get debugReason(): string {
    return this.statusError ? `execute tool failed : ${this.message}` : "internal server error";
  }
}

/** A plain Go error (`fmt.Errorf`): Debug shows only "internal server error". */
export function plainError(message: string): CozeRuntimeError {
  return new CozeRuntimeError(message, { statusError: false });
}

/** A Coze status error (`errno.ErrPluginExecuteToolFailed`): Debug shows its message. */
export function statusError(message: string): CozeRuntimeError {
  return new CozeRuntimeError(message, { statusError: true });
}
