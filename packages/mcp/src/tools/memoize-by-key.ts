/**
 * Caches a builder's result per key. Tool schemas depend only on the configured default model, while over
 * HTTP a server (and its tools) is built per request: building the zod schemas once saves that work.
 */
export function memoizeByKey<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
