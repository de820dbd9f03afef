/** The parts of Node this writer uses, passed in so tests can make a write fail. */
export interface StdoutTarget {
  /** A synchronous write to file descriptor 1; returns how many bytes it took. */
  writeSync(bytes: Uint8Array): number;
  /** process.stdout's write, created on first use. */
  streamWrite(chunk: string | Uint8Array): void;
}

/**
 * Standard output for one-shot commands: synchronous writes to file descriptor 1 while they work, then
 * process.stdout. Creating process.stdout builds a stream over the pipe or terminal, ~2 ms of a
 * `crazyrouter models` that only prints a list.
 *
 * The first write that fails for any reason (EAGAIN on a full non-blocking pipe, EPIPE once the reader has
 * gone) hands what is left of it, and every later write, to process.stdout, which behaves there as it always
 * did. On Windows every write goes to process.stdout: a console shows UTF-8 bytes written straight to it
 * wrongly, where process.stdout writes the text as the console expects.
 */
export function createStdoutWriter(target: StdoutTarget, useStream: boolean): (text: string) => void {
  const encoder = new TextEncoder();
  return (text) => {
    if (useStream) return target.streamWrite(text);
    const bytes = encoder.encode(text);
    let written = 0;
    try {
      while (written < bytes.byteLength) written += target.writeSync(bytes.subarray(written));
    } catch {
      useStream = true;
      // The bytes, not text: a partial write may have stopped inside a character.
      target.streamWrite(bytes.subarray(written));
    }
  };
}

const { writeSync } = process.getBuiltinModule("node:fs");

/** The process's standard output: one writer for the whole CLI, so its writes stay in order. */
export const writeStdout = createStdoutWriter(
  {
    writeSync: (bytes) => writeSync(1, bytes),
    streamWrite: (chunk) => void process.stdout.write(chunk),
  },
  process.platform === "win32",
);
