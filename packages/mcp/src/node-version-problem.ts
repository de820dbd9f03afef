import packageJson from "../package.json" with { type: "json" };

function parts(version: string): number[] {
  return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

/**
 * Why this Node cannot run the server, or undefined when it can. package.json's engines (">=22.19", what the
 * bundled undici needs) is the requirement: npx only warns about engines, and a host's own Node (Claude Desktop's)
 * is not checked at all, while undici fails on an older Node with an unreadable TypeError.
 */
export function nodeVersionProblem(version: string): string | undefined {
  const minimum = packageJson.engines.node.replace(/^>=\s*/, "");
  const [have, need] = [parts(version), parts(minimum)];
  for (let index = 0; index < need.length; index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference > 0) return undefined;
    if (difference < 0) return `needs Node.js ${minimum} or later; this is Node.js ${version}. Install a current Node.js LTS (https://nodejs.org).`;
  }
  return undefined;
}
