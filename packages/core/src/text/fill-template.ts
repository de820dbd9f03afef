/**
 * Fills `{name}` placeholders. Messages that name a value are kept as templates so the Python plugin can fill the
 * same text with `str.format`.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
