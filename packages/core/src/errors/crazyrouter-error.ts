import { formatErrorFacts } from "./format-error-facts.js";

/** What went wrong, as data adapters can branch on. */
export type CrazyrouterErrorCode =
  | "invalid_input"
  | "auth"
  | "forbidden_model"
  | "model_not_found"
  | "not_found"
  | "rate_limited"
  | "quota"
  | "bad_request"
  | "timeout"
  | "server"
  | "bad_gateway"
  | "connection"
  | "invalid_response"
  | "aborted";

export interface CrazyrouterErrorData {
  code: CrazyrouterErrorCode;
  message: string;
  /** What the user should do about it. */
  hint: string;
  status?: number | undefined;
  requestId?: string | undefined;
  retryable?: boolean | undefined;
  /** For invalid_input: the offending field, e.g. `messages[0].role`. */
  field?: string | undefined;
  /** For invalid_input: which rule refused the value (`credentials`, `too_long`, ...), stable for tests and adapters. */
  reason?: string | undefined;
  /** The gateway's own error code or type, when it sent one. */
  gatewayCode?: string | undefined;
  /** How many attempts were made before giving up. */
  attempts?: number | undefined;
  cause?: unknown;
}

// A marker instead of `instanceof`: a bundle (n8n, MCP) may hold its own copy of this class.
const marker = Symbol.for("crazyrouter.error");

export class CrazyrouterError extends Error {
  readonly [marker] = true;
  override readonly name = "CrazyrouterError";
  readonly code: CrazyrouterErrorCode;
  readonly hint: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly field: string | undefined;
  readonly reason: string | undefined;
  readonly gatewayCode: string | undefined;
  attempts: number;

  constructor(data: CrazyrouterErrorData) {
    super(data.message, data.cause === undefined ? undefined : { cause: data.cause });
    this.code = data.code;
    this.hint = data.hint;
    this.status = data.status;
    this.requestId = data.requestId;
    this.retryable = data.retryable ?? false;
    this.field = data.field;
    this.reason = data.reason;
    this.gatewayCode = data.gatewayCode;
    this.attempts = data.attempts ?? 0;
  }

  static isInstance(value: unknown): value is CrazyrouterError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /** One line with everything support needs: code, status, request id, message and the fix. */
  describe(): string {
    return `${this.message} (${formatErrorFacts(this)}). Fix: ${this.hint}`;
  }

  toJSON(): CrazyrouterErrorData {
    return {
      code: this.code,
      message: this.message,
      hint: this.hint,
      status: this.status,
      requestId: this.requestId,
      retryable: this.retryable,
      field: this.field,
      reason: this.reason,
      gatewayCode: this.gatewayCode,
      attempts: this.attempts,
    };
  }
}
