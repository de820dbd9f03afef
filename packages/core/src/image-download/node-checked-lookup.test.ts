import type { LookupAddress } from "node:dns";
import { expect, it } from "vitest";
import { ImageHostRefusedError } from "./image-host-refused-error.js";
import { createCheckedLookup, type HostResolver } from "./node-checked-lookup.js";

/** A resolver whose answer changes on every call, as a rebinding DNS server's would. */
function rebindingResolver(answers: LookupAddress[][]): HostResolver & { calls: number } {
  const resolver = Object.assign(async () => answers[Math.min(resolver.calls++, answers.length - 1)]!, { calls: 0 });
  return resolver;
}

function lookupOnce(resolve: HostResolver, all: boolean): Promise<{ error: Error | null; address: unknown; family?: number | undefined }> {
  return new Promise((done) => createCheckedLookup(resolve)("images.example.test", { all }, (error, address, family) => done({ error, address, family })));
}

it("resolves once and hands the socket exactly the addresses it checked", async () => {
  const resolver = rebindingResolver([
    [
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1::248", family: 6 },
    ],
    [{ address: "127.0.0.1", family: 4 }],
  ]);
  expect(await lookupOnce(resolver, true)).toEqual({
    error: null,
    address: [
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1::248", family: 6 },
    ],
    family: undefined,
  });
  expect(resolver.calls).toBe(1);
  const single = rebindingResolver([[{ address: "93.184.216.34", family: 4 }], [{ address: "127.0.0.1", family: 4 }]]);
  expect(await lookupOnce(single, false)).toEqual({ error: null, address: "93.184.216.34", family: 4 });
  expect(single.calls).toBe(1);
});

it("refuses a name when any of its addresses is internal, naming the address", async () => {
  for (const [answer, reason] of [
    [[{ address: "127.0.0.1", family: 4 }], "loopback"],
    [
      [
        { address: "93.184.216.34", family: 4 },
        { address: "169.254.169.254", family: 4 },
      ],
      "link-local",
    ],
    [[{ address: "::ffff:10.0.0.1", family: 6 }], "private"],
    [[], "reserved"],
  ] as const) {
    const { error } = await lookupOnce(rebindingResolver([[...answer]]), true);
    expect(ImageHostRefusedError.isInstance(error)).toBe(true);
    expect((error as ImageHostRefusedError).reason).toBe(reason);
  }
});
