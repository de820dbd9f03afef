/**
 * The plugins' icon: three routes merging into one, on a rounded square. Original artwork, kept as text so
 * the generated files stay reproducible.
 */
export function iconSvg(accent: string): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">',
    '  <rect x="2" y="2" width="60" height="60" rx="14" fill="#111827"/>',
    `  <path d="M14 18 C30 18 30 32 46 32 M14 32 H46 M14 46 C30 46 30 32 46 32" fill="none" stroke="${accent}" stroke-width="5" stroke-linecap="round"/>`,
    `  <circle cx="48" cy="32" r="6" fill="${accent}"/>`,
    "</svg>",
    "",
  ].join("\n");
}
