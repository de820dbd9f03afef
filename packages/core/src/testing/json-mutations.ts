/**
 * Every variant of a JSON value with one value somewhere replaced by another kind of value (or a boundary-ish
 * one), one key removed or one unknown key added, or one list shortened or doubled. For tests that hold a fast check to zod's verdicts.
 */
export function jsonMutations(value: unknown, extraReplacements: readonly unknown[] = []): unknown[] {
  const replacements: unknown[] = [null, "", "x", 0, -1.5, true, [], {}, [{}], ...extraReplacements];
  const out: unknown[] = replacements.filter((replacement) => replacement !== value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      for (const changed of jsonMutations(item, extraReplacements)) out.push(value.map((other, at) => (at === index ? changed : other)));
    });
    out.push(value.slice(1), [...value, ...value]);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      const { [key]: _removed, ...rest } = value as Record<string, unknown>;
      out.push(rest);
      out.push({ ...value, [`${key}_unknown`]: field });
      for (const changed of jsonMutations(field, extraReplacements)) out.push({ ...value, [key]: changed });
    }
  }
  return out;
}
