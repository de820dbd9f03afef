/**
 * Splits `/v1/x?a=1` into path and query by hand: `new URL()` would read a doubled leading slash
 * (`//v1/chat/completions`, a classic base-URL mistake) as a host name instead of answering 404.
 */
export function splitRequestTarget(target: string | undefined): { path: string; query: Record<string, string> } {
  const text = target ?? "/";
  const questionMark = text.indexOf("?");
  const path = questionMark === -1 ? text : text.slice(0, questionMark);
  const query = questionMark === -1 ? {} : Object.fromEntries(new URLSearchParams(text.slice(questionMark + 1)));
  return { path, query };
}
