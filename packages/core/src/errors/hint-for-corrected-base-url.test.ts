import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "./crazyrouter-error.js";
import { FIX_HINTS, SITUATION_HINTS } from "./fix-hints.js";
import { hintForCorrectedBaseUrl } from "./hint-for-corrected-base-url.js";

const error = (code: "not_found" | "connection" | "auth", message: string) => new CrazyrouterError({ code, message, hint: FIX_HINTS[code] });

describe("hintForCorrectedBaseUrl", () => {
  it("does not tell users to end a corrected URL in /v1", () => {
    const hint = hintForCorrectedBaseUrl(error("not_found", "Invalid URL (GET /prefix/v1/models)"), []);
    expect(hint).toBe(SITUATION_HINTS.notFoundAfterCorrection);
    expect(hint).not.toMatch(/must end in \/v1|NextChat|Cherry Studio/);
  });

  it("explains a TLS failure on a URL typed without a scheme", () => {
    const tls = error("connection", "Could not reach 127.0.0.1:8787: write EPROTO 0C0CD5F8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number");
    expect(hintForCorrectedBaseUrl(tls, ["added_scheme", "added_v1"])).toBe(SITUATION_HINTS.httpsAssumed);
    expect(hintForCorrectedBaseUrl(tls, ["added_v1"])).toBe(FIX_HINTS.connection);
    const refused = error("connection", "Could not reach 127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9");
    expect(hintForCorrectedBaseUrl(refused, ["added_scheme"])).toBe(FIX_HINTS.connection);
  });

  it("keeps every other hint", () => {
    expect(hintForCorrectedBaseUrl(error("auth", "Incorrect API key provided"), ["added_scheme"])).toBe(FIX_HINTS.auth);
  });
});
