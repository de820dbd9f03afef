import { type RecordedRequest, recordedHeaderValue } from "@crazyrouter/dev-gateway";
import { expect } from "vitest";
import { API_KEY_PLACEHOLDER, type ConformanceVector } from "./vectors.js";

/**
 * Asserts that what the dev gateway received is exactly the vector's expected request. The gateway keeps
 * credential headers as fingerprints of exactly what was sent, so the expected value is compared in that form.
 */
export function expectRecordedRequestMatches(recorded: RecordedRequest | undefined, vector: ConformanceVector, apiKey: string): void {
  expect(recorded, `${vector.name}: no request reached the gateway`).toBeDefined();
  const actual = recorded as RecordedRequest;
  expect(actual.method, vector.name).toBe(vector.expected.method);
  expect(actual.path, vector.name).toBe(vector.expected.path);
  for (const [name, value] of Object.entries(vector.expected.headers)) {
    const expected = recordedHeaderValue(name, value.replace(API_KEY_PLACEHOLDER, apiKey));
    expect(actual.headers[name]?.split(";")[0], `${vector.name}: header ${name}`).toBe(expected);
  }
  expect(actual.body, `${vector.name}: body`).toEqual(vector.expected.body);
}
