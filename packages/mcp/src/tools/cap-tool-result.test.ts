import { expect, it } from "vitest";
import { capToolResult, resultTextBytes } from "./cap-tool-result.js";
import { RESULT_MAX_BYTES } from "./result-budget.js";

it("passes results within the budget and turns larger ones into an error that says how to ask for less", () => {
  const small = { content: [{ type: "text" as const, text: "ok" }], structuredContent: { ok: true } };
  expect(capToolResult(small, "Ask for less.")).toBe(small);
  const large = { content: [{ type: "text" as const, text: "x".repeat(RESULT_MAX_BYTES) }], structuredContent: { text: "x".repeat(1000) } };
  expect(resultTextBytes(large)).toBeGreaterThan(RESULT_MAX_BYTES);
  const capped = capToolResult(large, "Pass filter to list fewer models.");
  expect(capped).toEqual({
    isError: true,
    content: [
      {
        type: "text",
        text: "The answer is 641.0 KB, more than an MCP result may carry (this server returns at most 640.0 KB; clients reject 1 MiB). Pass filter to list fewer models.",
      },
    ],
  });
});

it("leaves inline images to their own budget", () => {
  const image = { content: [{ type: "image" as const, data: "A".repeat(RESULT_MAX_BYTES * 2), mimeType: "image/png" }] };
  expect(capToolResult(image, "")).toBe(image);
});
