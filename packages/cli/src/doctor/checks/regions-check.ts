import { CrazyrouterError, type Region, regionBaseUrl } from "@crazyrouter/core";
import { regionOfBaseUrl } from "../../region-of-base-url.js";
import type { DoctorCheck } from "../doctor-check.js";

/** The two public routes the docs compare: global, and cn for mainland China. */
const COMPARED: readonly Region[] = ["global", "cn"];
const PROBE_TIMEOUT_MS = 10_000;

interface Probe {
  region: Region;
  ms?: number;
  error?: string;
}

/**
 * Step 8: time `GET /models` on each public route, so users far from one route learn the other is faster.
 * Skipped for custom and local bases (the dev gateway): their latency says nothing about the public routes.
 */
export const regionsCheck: DoctorCheck = {
  id: "regions",
  title: () => "Route latency (global vs cn)",
  async run(context) {
    const configured = context.baseUrl ? regionOfBaseUrl(context.baseUrl.baseUrl) : undefined;
    if (!configured && !context.options.regions) {
      return {
        status: "skip",
        detail: `skipped: ${context.baseUrl?.baseUrl ?? "the base URL"} is a custom or local gateway, not a Crazyrouter route; add --regions to time the public routes anyway.`,
      };
    }
    const apiKey = context.apiKey;
    if (!apiKey) return { status: "skip", detail: "no key (the key check did not pass)." };
    const probes: Probe[] = [];
    for (const region of COMPARED) {
      const client = context.makeClient({
        apiKey,
        baseUrl: regionBaseUrl(region),
        timeoutMs: Math.min(context.options.timeoutMs, PROBE_TIMEOUT_MS),
        retry: { maxRetries: 0 },
      });
      const started = context.dependencies.clock.now();
      try {
        await client.listModels();
        probes.push({ region, ms: Math.round(context.dependencies.clock.now() - started) });
      } catch (error) {
        probes.push({ region, error: CrazyrouterError.isInstance(error) ? `${error.code}${error.status ? ` ${error.status}` : ""}` : String(error) });
      } finally {
        await client.close();
      }
    }
    const summary = probes.map((probe) => `${probe.region} ${probe.ms === undefined ? `failed (${probe.error})` : `${probe.ms} ms`}`).join(", ");
    const answered = probes.filter((probe): probe is Probe & { ms: number } => probe.ms !== undefined);
    if (answered.length === 0) {
      return { status: "fail", detail: `${summary}.`, fix: "Neither public route answered from this machine: check the network, proxy and firewall." };
    }
    const fastest = answered.reduce((best, probe) => (probe.ms < best.ms ? probe : best));
    if (answered.length < probes.length) {
      return {
        status: "warn",
        detail: `${summary}.`,
        fix: `Use the route that answered: ${regionBaseUrl(fastest.region)}.`,
      };
    }
    const advice =
      configured && fastest.region !== configured
        ? ` ${fastest.region} is faster from here: consider ${regionBaseUrl(fastest.region)}.`
        : configured
          ? " The configured route is the faster one."
          : "";
    return { status: "pass", detail: `${summary}.${advice}` };
  },
};
