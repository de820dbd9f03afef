/** The bytes of a `data:image/...;base64,...` URL, which some gateways put in `url`; undefined for other URLs. */
export function decodeDataUrl(url: string): Uint8Array | undefined {
  const match = /^data:[^,;]*(?:;[^,;]*)*;base64,/i.exec(url);
  return match ? Buffer.from(url.slice(match[0].length), "base64") : undefined;
}
