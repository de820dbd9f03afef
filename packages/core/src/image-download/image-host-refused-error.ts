import type { ImageUrlRefusal } from "./check-image-url.js";

// A marker instead of `instanceof`: a bundle may hold its own copy of this class.
const marker = Symbol.for("crazyrouter.image-host-refused");

/** Thrown by an image fetcher when a host name resolves to an address the image-download rules refuse. */
export class ImageHostRefusedError extends Error {
  readonly [marker] = true;
  override readonly name = "ImageHostRefusedError";
  readonly reason: ImageUrlRefusal;

  constructor(reason: ImageUrlRefusal, message: string) {
    super(message);
    this.reason = reason;
  }

  static isInstance(value: unknown): value is ImageHostRefusedError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}
