import type { Readable, Transform, TransformCallback } from "node:stream";
import type * as NodeZlib from "node:zlib";

/**
 * node:zlib when a body is compressed, not on import: most answers are not, and loading it took ~2 ms of every
 * one-shot CLI call. node:stream likewise, through getBuiltinModule: its ES module view reads every export
 * (~1 ms of every start), and a `--version` or `--help` needs none of it.
 */
const zlib = () => process.getBuiltinModule("node:zlib");
const stream = () => process.getBuiltinModule("node:stream");

/**
 * `deflate` means zlib-wrapped data, but some servers send raw deflate. Like fetch, look at the first byte:
 * a zlib header's low nibble is 8 (the deflate method); anything else is raw. The class is made on first use,
 * since it extends node:stream's Transform.
 */
let InflateEither: (new () => Transform) | undefined;

function inflateEither(): Transform {
  InflateEither ??= class extends stream().Transform {
    private inflater: (Transform & NodeZlib.Zlib) | undefined;

    override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
      if (!this.inflater) {
        this.inflater = (chunk[0]! & 0x0f) === 0x08 ? zlib().createInflate() : zlib().createInflateRaw();
        this.inflater.on("data", (data: Buffer) => this.push(data));
        this.inflater.once("error", (error) => this.destroy(error));
      }
      this.inflater.write(chunk, callback);
    }

    override _flush(callback: TransformCallback): void {
      if (!this.inflater) return callback();
      this.inflater.once("end", () => callback());
      this.inflater.end();
    }
  };
  return new InflateEither();
}

const decoders: Readonly<Record<string, () => Transform>> = {
  gzip: () => zlib().createGunzip(),
  "x-gzip": () => zlib().createGunzip(),
  deflate: inflateEither,
  br: () => zlib().createBrotliDecompress(),
};

/**
 * The body as the server meant it: undici's `request` hands out bytes as sent, and a gateway or proxy may
 * compress an answer the request never offered to accept (fetch decodes these itself). Codings are undone in
 * reverse order of listing; a coding we cannot undo leaves the body as it is, for the JSON parser to report.
 */
export function decodeContentEncoding(body: Readable, contentEncoding: string | undefined): Readable {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0 || codings.some((coding) => decoders[coding] === undefined)) return body;
  let decoded: Readable = body;
  for (const coding of codings.reverse()) {
    // pipeline destroys every stage when one fails or the source is aborted, so the reader sees the error.
    decoded = stream().pipeline(decoded, (decoders[coding] as () => Transform)(), () => undefined);
  }
  return decoded;
}
