import type { DevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConformanceGateway } from "./conformance-gateway.js";
import { type ConformanceVector, type PlatformId, PLATFORM_LABELS, verdictFor } from "./conformance-vector.js";
import { expectConformingRun, type GatewayAddress, type PlatformRun } from "./expect-conforming-run.js";
import { conformanceVectors } from "./vectors.js";

/** How a platform makes a vector's call: the call in its own terms, or why its users cannot make it. */
export type Expression<Call> = { call: Call } | { cannot: string };

export const cannot = (why: string): { cannot: string } => ({ cannot: why });

/**
 * The table and the driver must agree on what a platform can express: a "not expressible" the driver can in fact
 * send (or the reverse) fails, so the table cannot claim a limit the platform does not have.
 */
export function expectExpressionMatchesTable(vector: ConformanceVector, platform: PlatformId, expression: Expression<unknown>): void {
  const tableSaysCannot = verdictFor(vector, platform).kind === "not_expressible";
  if (tableSaysCannot) {
    expect("cannot" in expression, `${vector.name}: the table says ${PLATFORM_LABELS[platform]} cannot express it, but its driver can`).toBe(true);
  } else {
    expect(
      "cannot" in expression ? expression.cannot : undefined,
      `${vector.name}: the table says ${PLATFORM_LABELS[platform]} sends it, but its driver cannot`,
    ).toBeUndefined();
  }
}

export interface PlatformDriver<Call> {
  platform: PlatformId;
  /** Slow one-time work before the first call (a build, an import). */
  prepare?(): void | Promise<void>;
  express(vector: ConformanceVector): Expression<Call>;
  /** Makes the call the way the platform's runtime does; the gateway's recording is cleared before. */
  run(call: Call, vector: ConformanceVector, gateway: DevGateway): Promise<{ error?: string | undefined }>;
}

/** A platform's suite: its own dev gateway, then one test per vector (see conformanceTests). */
export function describeConformance<Call>(title: string, driver: PlatformDriver<Call>): void {
  describe(title, () => {
    let gateway: DevGateway;
    beforeAll(async () => {
      await driver.prepare?.();
      gateway = await startConformanceGateway();
    }, 300_000);
    afterAll(() => gateway?.close());
    conformanceTests(driver, () => gateway);
  });
}

/** One test per vector: the driver's expression agrees with the table, and what it sent is what the table says. */
function conformanceTests<Call>(driver: PlatformDriver<Call>, gateway: () => DevGateway): void {
  it.each(conformanceVectors.map((vector) => [vector.name, vector] as const))("%s", async (_, vector) => {
    const expression = driver.express(vector);
    expectExpressionMatchesTable(vector, driver.platform, expression);
    if ("cannot" in expression) return;
    const current = gateway();
    current.clearRequests();
    const { error } = await driver.run(expression.call, vector, current);
    const run: PlatformRun = { requests: current.requests.filter((request) => request.path.startsWith("/v1/")), error };
    await expectConformingRun(vector, driver.platform, run, addressOf(current));
  });
}

/**
 * The same checks for platforms that make every call in one batch (a Python process, a headless n8n run): `runs`
 * holds each vector's run by name once the batch is over.
 */
export function batchConformanceTests<Call>(
  platform: PlatformId,
  express: (vector: ConformanceVector) => Expression<Call>,
  runs: () => ReadonlyMap<string, PlatformRun>,
  gateway: () => GatewayAddress,
): void {
  it.each(conformanceVectors.map((vector) => [vector.name, vector] as const))("%s", async (_, vector) => {
    const expression = express(vector);
    expectExpressionMatchesTable(vector, platform, expression);
    if ("cannot" in expression) return;
    const run = runs().get(vector.name);
    if (!run) throw new Error(`${vector.name}: the batch has no run of it`);
    await expectConformingRun(vector, platform, run, gateway());
  });
}

/** The vectors a platform can express, each with its call, for a batch run. */
export function expressibleCalls<Call>(express: (vector: ConformanceVector) => Expression<Call>): Array<{ vector: ConformanceVector; call: Call }> {
  return conformanceVectors.flatMap((vector) => {
    const expression = express(vector);
    return "cannot" in expression ? [] : [{ vector, call: expression.call }];
  });
}

export function addressOf(gateway: DevGateway): GatewayAddress {
  return { url: gateway.url, apiKey: gateway.apiKey };
}
