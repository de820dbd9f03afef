import type { BundledThirdPartyPackage } from "./bundled-third-party-packages.js";

/** The file's name everywhere it ships: beside the bundle, in the npm packages, the .mcpb and the release. */
export const THIRD_PARTY_NOTICES_FILE = "THIRD_PARTY_NOTICES.md";

/** A code fence longer than any run of backticks in the text, so no license text can close it early. */
function fence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

/**
 * THIRD_PARTY_NOTICES.md for a bundle: a table of the packages, then each package's license files verbatim. Only
 * the packages' own files go in, sorted, with no dates or local paths, so the same inputs give the same bytes.
 */
export function renderThirdPartyNotices(packages: readonly BundledThirdPartyPackage[]): string {
  const lines = [
    "# Third-party notices",
    "",
    "The JavaScript bundle this file ships with includes code from the third-party packages below. Each is listed",
    "with the version that was bundled, the license it is used under and the license text from its own package.",
    "",
  ];
  if (packages.length === 0) {
    lines.push("This build includes no third-party code.", "");
    return lines.join("\n");
  }
  lines.push("| Package | Version | License |", "| --- | --- | --- |");
  for (const entry of packages) lines.push(`| ${entry.name} | ${entry.version} | ${entry.license} |`);
  lines.push("");
  for (const entry of packages) {
    lines.push(`## ${entry.name}@${entry.version}`, "", `License: ${entry.license}`, "");
    for (const { file, text } of entry.texts) {
      const marks = fence(text);
      lines.push(`${file}:`, "", `${marks}text`, text.replace(/\n+$/, ""), marks, "");
    }
  }
  return lines.join("\n");
}
