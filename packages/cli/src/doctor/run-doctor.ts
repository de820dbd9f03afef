import { maskApiKey, type RetryPolicy } from "@crazyrouter/core";
import type { CliConfig } from "../cli-config.js";
import type { CommandDependencies } from "../command-dependencies.js";
import type { DoctorCheck, DoctorContext } from "./doctor-check.js";
import { DOCTOR_CHECKS } from "./doctor-checks.js";
import type { DoctorOptions } from "./doctor-options.js";
import type { DoctorOutcome, DoctorReport, DoctorStatus, DoctorStep } from "./doctor-report.js";
import type { DoctorRenderer } from "./doctor-renderer.js";
import { outcomeFromError } from "./outcome-from-error.js";

/**
 * Few, short retries: doctor reports what a client would meet, and must never sit in backoff. A single retry
 * still shows whether a 429 or 5xx is passing, and the per-step deadline bounds everything.
 */
export const DOCTOR_RETRY: Partial<RetryPolicy> = { maxRetries: 1, baseDelayMs: 250, maxDelayMs: 1_000, maxRetryAfterMs: 2_000 };

/** A stalled stream must trip the idle watchdog before the step's deadline, so the error says "stalled". */
export function streamIdleTimeoutFor(timeoutMs: number): number {
  return Math.max(100, Math.floor(timeoutMs / 2));
}

/** Runs the checklist in order, telling the renderer as each step starts and ends, and returns the report. */
export async function runDoctor(
  config: CliConfig,
  options: DoctorOptions,
  dependencies: CommandDependencies,
  renderer: DoctorRenderer,
  checks: readonly DoctorCheck[] = DOCTOR_CHECKS,
): Promise<DoctorReport> {
  const { clock } = dependencies;
  const runStarted = clock.now();
  const context: DoctorContext = {
    config,
    options,
    dependencies,
    makeClient: (overrides) =>
      dependencies.createClient({
        timeoutMs: options.timeoutMs,
        headers: config.headers,
        ...overrides,
        streamIdleTimeoutMs: overrides.streamIdleTimeoutMs ?? streamIdleTimeoutFor(overrides.timeoutMs ?? options.timeoutMs),
        retry: { ...DOCTOR_RETRY, ...overrides.retry },
      }),
  };
  const steps: DoctorStep[] = [];
  let stopReason: string | undefined;
  let stoppedBy: string | undefined;
  try {
    for (const [index, check] of checks.entries()) {
      const title = check.title(context);
      renderer.stepStarted({ id: check.id, title, index, total: checks.length });
      const started = clock.now();
      let outcome: DoctorOutcome;
      if (stopReason) {
        outcome = { status: "skip", detail: `skipped because ${stoppedBy} failed: ${stopReason}` };
      } else {
        try {
          outcome = await check.run(context);
        } catch (error) {
          outcome = outcomeFromError(error);
        }
        if (outcome.status === "fail" && outcome.stopReason) {
          stopReason = outcome.stopReason;
          stoppedBy = title;
        }
      }
      const step: DoctorStep = {
        id: check.id,
        title,
        status: outcome.status,
        detail: outcome.detail,
        fix: outcome.fix,
        durationMs: Math.round(clock.now() - started),
        requestId: outcome.requestId,
        code: outcome.code,
        httpStatus: outcome.httpStatus,
      };
      steps.push(step);
      renderer.stepFinished(step);
    }
  } finally {
    await context.client?.close();
  }
  const counts: Record<DoctorStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const step of steps) counts[step.status]++;
  const report: DoctorReport = {
    ok: counts.fail === 0,
    baseUrl: context.baseUrl?.baseUrl ?? config.baseUrl,
    apiKey: context.apiKey ? maskApiKey(context.apiKey) : undefined,
    steps,
    counts,
    durationMs: Math.round(clock.now() - runStarted),
  };
  renderer.finished(report);
  return report;
}
