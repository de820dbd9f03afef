import { describe, expect, it } from "vitest";
import { checkImageUrl } from "./check-image-url.js";
import { classifyIpAddress } from "./classify-ip-address.js";
import { IMAGE_DOWNLOAD_RULE_CASES } from "./image-download-rule-cases.js";
import { sniffImageType } from "./sniff-image-type.js";

// The Python mirror (packages/dify/python/common/image_url_policy.py) runs these same rows under pytest.
describe("the shared image-download rule table, in TypeScript", () => {
  it.each(IMAGE_DOWNLOAD_RULE_CASES.urls)("link $url (gateway $gateway) -> $expected", ({ url, gateway, expected }) => {
    const verdict = checkImageUrl(url, gateway);
    expect(verdict.allowed ? verdict.access : verdict.reason).toBe(expected);
    if (!verdict.allowed) expect(verdict.message).not.toBe("");
  });

  it.each(IMAGE_DOWNLOAD_RULE_CASES.addresses)("address $address -> $expected", ({ address, expected }) => {
    expect(classifyIpAddress(address)).toBe(expected);
    expect(classifyIpAddress(`[${address}]`)).toBe(address.includes(":") ? expected : undefined);
  });

  it.each(IMAGE_DOWNLOAD_RULE_CASES.signatures)("first bytes $hex -> $expected", ({ hex, expected }) => {
    expect(sniffImageType(Buffer.from(hex, "hex"))?.mimeType ?? null).toBe(expected);
  });

  it("reads names as names, not addresses", () => {
    for (const name of ["cdn.example.com", "1.2.3", "::g", "1:2:3:4:5:6:7:8:9", "1::2::3", "01.2.3.4"]) expect(classifyIpAddress(name)).toBeUndefined();
  });
});
