/**
 * The one list of licenses whose code we may bundle into what we ship: permissive licenses whose only condition is
 * that the copyright notice and license text (and, for Apache-2.0, the NOTICE file) travel with every copy, which
 * THIRD_PARTY_NOTICES.md does. Copyleft licenses (GPL, LGPL, AGPL, MPL, EPL, ...) ask for more than a notice, so a
 * bundle that picks one up fails to build until someone decides what to do; so does any id not listed here.
 */
export const ALLOWED_LICENSES: readonly string[] = ["0BSD", "Apache-2.0", "BlueOak-1.0.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MIT"];

/**
 * The allowed license a package's `license` field lets us use, or undefined. An SPDX `OR` expression offers a
 * choice, so one allowed alternative is enough; anything else (AND, WITH, LicenseRef, a custom text) is unknown.
 */
export function allowedLicenseOf(license: string): string | undefined {
  const alternatives = license
    .replace(/^\((.*)\)$/, "$1")
    .split(/\s+OR\s+/)
    .map((alternative) => alternative.trim());
  return alternatives.find((alternative) => ALLOWED_LICENSES.includes(alternative));
}
