/**
 * A whole body as the pieces it arrived in, read by position as if they were joined. Joining a 17 MB answer
 * into one buffer cost ~9 ms of fresh memory per call (page faults, then the copy), only to scan it once.
 *
 * Searches run on each piece's own `indexOf`: native for Node's Buffers, a plain loop for a Uint8Array.
 */
export class BodyPieces {
  readonly byteLength: number;
  /** Where each piece starts in the joined body. */
  private readonly starts: number[] = [];
  /** The piece `byteAt` read last: reads move forward, so it usually holds the next one too. */
  private current = 0;

  constructor(private readonly pieces: readonly Uint8Array[]) {
    let start = 0;
    for (const piece of pieces) {
      this.starts.push(start);
      start += piece.byteLength;
    }
    this.byteLength = start;
  }

  /** Position of the first `byte` at or after `from`, or -1. */
  indexOf(byte: number, from = 0): number {
    for (let index = this.pieceAt(from); index < this.pieces.length; index += 1) {
      const start = this.starts[index]!;
      const found = this.pieces[index]!.indexOf(byte, Math.max(0, from - start));
      if (found !== -1) return start + found;
    }
    return -1;
  }

  /** The byte at `position`; undefined past the end. */
  byteAt(position: number): number | undefined {
    if (position < 0 || position >= this.byteLength) return undefined;
    const index = this.pieceAt(position);
    return this.pieces[index]![position - this.starts[index]!];
  }

  /** The bytes from `start` to `end`: a view when they lie in one piece, else a copy. */
  slice(start: number, end: number): Uint8Array {
    const index = this.pieceAt(start);
    const pieceStart = this.starts[index]!;
    const piece = this.pieces[index]!;
    if (end - pieceStart <= piece.byteLength) return piece.subarray(start - pieceStart, end - pieceStart);
    const joined = new Uint8Array(end - start);
    this.copy(joined, 0, start, end);
    return joined;
  }

  /** Copies the bytes from `start` to `end` into `target` at `offset`. */
  copy(target: Uint8Array, offset: number, start: number, end: number): void {
    for (let index = this.pieceAt(start); index < this.pieces.length && start < end; index += 1) {
      const pieceStart = this.starts[index]!;
      const piece = this.pieces[index]!;
      const part = piece.subarray(start - pieceStart, Math.min(piece.byteLength, end - pieceStart));
      target.set(part, offset);
      offset += part.byteLength;
      start += part.byteLength;
    }
  }

  /** The whole body as UTF-8 text, characters split between pieces kept whole. */
  text(): string {
    const decoder = new TextDecoder();
    let text = "";
    for (const piece of this.pieces) text += decoder.decode(piece, { stream: true });
    return text + decoder.decode();
  }

  /** The index of the piece holding `position` (the last piece for a position at or past the end). */
  private pieceAt(position: number): number {
    const { starts, pieces } = this;
    const current = this.current;
    if (position >= starts[current]! && (current + 1 >= starts.length || position < starts[current + 1]!)) return current;
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    this.current = low;
    return low;
  }
}
