/**
 * The top-level fields that are set: undefined and null both mean "not set" (the API treats null as its default),
 * so neither is sent and every platform's request holds only what the user chose. A plain loop: this runs on every
 * call.
 */
export function dropUnsetFields<T extends object>(value: T): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined && value[key] !== null) set[key] = value[key];
  return set;
}
