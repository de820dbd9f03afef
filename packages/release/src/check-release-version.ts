/**
 * The release workflow's first check, before anything is built: the tag names the version every package carries,
 * and the repository the workflow runs in is the one the packages name (npm refuses a provenance statement
 * whose source repository differs from package.json's `repository`). Run as
 * `node packages/release/src/check-release-version.ts <tag>`; exits 1 with what to fix.
 */
import { REPOSITORY_ROOT, rootManifest, workspacePackages } from "./workspace-packages.ts";

export interface ReleaseContext {
  tag: string;
  /** `owner/name` from GITHUB_REPOSITORY, when run in GitHub Actions. */
  repository?: string | undefined;
  /** GITHUB_SERVER_URL, https://github.com by default. */
  serverUrl?: string | undefined;
}

/** `git+https://github.com/owner/name.git` and `https://github.com/owner/name` alike, as `github.com/owner/name`. */
function normalizeRepositoryUrl(url: string): string {
  return url
    .replace(/^git\+/, "")
    .replace(/^[a-z]+:\/\//, "")
    .replace(/\.git$/, "")
    .replace(/\/$/, "")
    .toLowerCase();
}

/** Every problem that should stop the release; empty when it may go on. */
export function releaseProblems(context: ReleaseContext): string[] {
  const problems: string[] = [];
  const version = /^v(\d+\.\d+\.\d+)$/.exec(context.tag)?.[1];
  if (!version) return [`The tag "${context.tag}" is not a release tag: use v<major>.<minor>.<patch>, such as v0.1.0.`];
  for (const { path, manifest } of workspacePackages()) {
    if (manifest.version !== version)
      problems.push(`${path}/package.json says ${manifest.version}, the tag says ${version}: set every package to ${version} and tag again.`);
  }
  if (context.repository) {
    const here = normalizeRepositoryUrl(`${context.serverUrl ?? "https://github.com"}/${context.repository}`);
    const declared = (rootManifest().repository as { url: string }).url;
    if (normalizeRepositoryUrl(declared) !== here) {
      problems.push(
        `The packages name ${declared} as their repository, but this runs in ${here}: npm would refuse their provenance. ` +
          "Set repository.url in the root package.json and in each published package to this repository.",
      );
    }
  }
  return problems;
}

if (import.meta.main) {
  const [tag] = process.argv.slice(2);
  if (!tag) {
    process.stderr.write("usage: node packages/release/src/check-release-version.ts <tag>\n");
    process.exit(2);
  }
  const problems = releaseProblems({ tag, repository: process.env.GITHUB_REPOSITORY, serverUrl: process.env.GITHUB_SERVER_URL });
  for (const problem of problems) process.stderr.write(`error: ${problem}\n`);
  if (problems.length === 0) process.stdout.write(`${tag}: every package in ${REPOSITORY_ROOT} is ${tag.slice(1)}\n`);
  process.exit(problems.length === 0 ? 0 : 1);
}
