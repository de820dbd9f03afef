/**
 * A thrown or rejected value that is not an Error, in words. String() would say "[object Object]" for a plain
 * object (a transport may reject with one), hiding both what went wrong and any key inside it from redaction.
 */
export function describeValue(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value); // A circular object.
  }
}
