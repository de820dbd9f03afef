/** One way to serve a call: a base URL and, for operations that take one, a model. */
export interface Route {
  baseUrl: string;
  model: string | undefined;
}

/** Models outermost: a refused model skips straight to the next model, a failing region to the next region. */
export function planRoutes(baseUrls: readonly string[], model: string | undefined, fallbackModels: readonly string[]): Route[][] {
  // The usual case, one base URL and no fallbacks, on every call: skip the general construction.
  if (baseUrls.length === 1 && fallbackModels.length === 0) return [[{ baseUrl: baseUrls[0] as string, model }]];
  const models = model === undefined ? [undefined] : [model, ...fallbackModels.filter((candidate) => candidate !== model)];
  return models.map((candidate) => baseUrls.map((baseUrl) => ({ baseUrl, model: candidate })));
}
