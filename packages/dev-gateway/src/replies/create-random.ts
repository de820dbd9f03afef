/**
 * A seeded PRNG (mulberry32) returning 32-bit unsigned integers. Fast enough to fill millions of embedding
 * values or noise pixels per request, and the same seed always gives the same sequence.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (value ^ (value >>> 14)) >>> 0;
  };
}
