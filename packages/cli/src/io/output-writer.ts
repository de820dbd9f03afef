/** Where a command writes: stdout in the bin, a string buffer in tests. `isTTY` picks live or plain output. */
export interface OutputWriter {
  write(text: string): void;
  readonly isTTY?: boolean | undefined;
}
