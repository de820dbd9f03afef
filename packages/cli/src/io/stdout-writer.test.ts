import { describe, expect, it } from "vitest";
import { createStdoutWriter, type StdoutTarget } from "./stdout-writer.js";

/** A target that takes at most `perWrite` bytes a call and fails with `failure` on call number `failAt`. */
function target(options: { perWrite?: number; failAt?: number; failure?: string } = {}) {
  const direct: number[] = [];
  const stream: (string | Uint8Array)[] = [];
  let calls = 0;
  const fake: StdoutTarget = {
    writeSync: (bytes) => {
      calls += 1;
      if (calls === options.failAt) throw Object.assign(new Error(options.failure), { code: options.failure });
      const taken = Math.min(bytes.byteLength, options.perWrite ?? Number.POSITIVE_INFINITY);
      direct.push(...bytes.subarray(0, taken));
      return taken;
    },
    streamWrite: (chunk) => void stream.push(chunk),
  };
  const streamed = () => Buffer.concat(stream.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk))).toString("utf8");
  return { fake, direct: () => Buffer.from(direct).toString("utf8"), streamed, calls: () => calls };
}

describe("createStdoutWriter", () => {
  it("writes every byte straight to the descriptor, partial writes included", () => {
    const { fake, direct, streamed } = target({ perWrite: 3 });
    const write = createStdoutWriter(fake, false);
    write("gpt-5.4\n");
    write("模型-🙂\n");
    expect(direct()).toBe("gpt-5.4\n模型-🙂\n");
    expect(streamed()).toBe("");
  });

  for (const failure of ["EAGAIN", "EPIPE"]) {
    it(`hands the rest and every later write to process.stdout after ${failure}, splitting no character`, () => {
      const { fake, direct, streamed, calls } = target({ perWrite: 4, failAt: 3, failure });
      const write = createStdoutWriter(fake, false);
      write("ab模型🙂cd\n");
      write("next\n");
      expect(direct() + streamed()).toBe("ab模型🙂cd\nnext\n");
      expect(direct()).toBe(Buffer.from("ab模型🙂cd\n").subarray(0, 8).toString("utf8"));
      expect(calls()).toBe(3);
    });
  }

  it("uses process.stdout alone where asked (Windows consoles)", () => {
    const { fake, direct, streamed, calls } = target();
    createStdoutWriter(fake, true)("text\n");
    expect([direct(), streamed(), calls()]).toEqual(["", "text\n", 0]);
  });
});
