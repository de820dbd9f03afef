import { type RecordedRequest, recordedHeaderValue } from "@crazyrouter/dev-gateway";
import { expect } from "vitest";
import { API_KEY_PLACEHOLDER, type ConformanceVector, expectedOutcomeFor, type PlatformId, ROUTES } from "./conformance-vector.js";

/** What a platform did with one vector's call: the API requests the gateway received, and the error it reported. */
export interface PlatformRun {
  requests: readonly RecordedRequest[];
  /** Set when the platform reported the call as failed (its message, for the test output). */
  error?: string | undefined;
}

export interface GatewayAddress {
  /** Root URL, e.g. http://127.0.0.1:PORT. */
  url: string;
  apiKey: string;
}

/** The gateway's own answer to exactly what was sent: the same method, path and body, replayed with plain fetch. */
async function gatewayStatus(gateway: GatewayAddress, request: RecordedRequest): Promise<number> {
  const response = await fetch(`${gateway.url}${request.path}`, {
    method: request.method,
    headers: { authorization: `Bearer ${gateway.apiKey}`, ...(request.rawBody ? { "content-type": "application/json" } : {}) },
    ...(request.rawBody ? { body: request.rawBody } : {}),
  });
  await response.body?.cancel();
  return response.status;
}

/**
 * Checks a platform's run of a vector against the table: refused calls send nothing and fail; every other call sends
 * exactly one request with the vector's route and the body the platform's verdict expects. The platform must then
 * report the gateway's answer faithfully: success when the gateway accepts that very request, failure when it
 * refuses it.
 */
export async function expectConformingRun(vector: ConformanceVector, platform: PlatformId, run: PlatformRun, gateway: GatewayAddress): Promise<void> {
  const outcome = expectedOutcomeFor(vector, platform);
  if (!outcome) throw new Error(`${vector.name}: ${platform} cannot express it; nothing to run`);
  if ("refused" in outcome) {
    expect(
      run.requests.map((request) => `${request.method} ${request.path}`),
      `${vector.name}: refused calls send nothing`,
    ).toEqual([]);
    expect(run.error, `${vector.name}: the platform must report the refusal`).toBeDefined();
    // The core's error names the field; each platform words it for its own users.
    if (platform === "core") expect(run.error, `${vector.name}: the refusal names what is wrong`).toContain(outcome.refused);
    return;
  }
  const route = ROUTES[vector.operation];
  expect(
    run.requests.map((request) => `${request.method} ${request.path}`),
    vector.name,
  ).toEqual([`${route.method} ${route.path}`]);
  const [request] = run.requests as [RecordedRequest];
  for (const [name, value] of Object.entries(route.headers)) {
    const expected = recordedHeaderValue(name, value.replace(API_KEY_PLACEHOLDER, gateway.apiKey));
    expect(request.headers[name]?.split(";")[0], `${vector.name}: header ${name}`).toBe(expected);
  }
  expect(request.body, `${vector.name}: body`).toEqual(outcome.body);
  const status = await gatewayStatus(gateway, request);
  // The canonical request is one the API accepts: the dev gateway's own contract, written from OpenAI's reference
  // and sharing nothing with core, is the judge.
  if (platform === "core") expect(status, `${vector.name}: the gateway refused the canonical request`).toBeLessThan(300);
  if (status < 300) expect(run.error, `${vector.name}: the gateway answered ${status}, the platform reported`).toBeUndefined();
  else expect(run.error, `${vector.name}: the gateway answered ${status}, the platform reported success`).toBeDefined();
}

/** Runs a platform call and keeps its failure as data, so the run can be checked whatever happened. */
export async function capture(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
