import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPOSITORY_ROOT } from "./workspace-packages.ts";

export const RELEASE_WORKFLOW = join(REPOSITORY_ROOT, ".github", "workflows", "release.yml");

export interface WorkflowStep {
  name: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface ReleaseWorkflow {
  on: { push?: { tags?: string[]; branches?: string[] } } & Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { release: { permissions: Record<string, string>; env: Record<string, string>; steps: WorkflowStep[] } & Record<string, unknown> };
}

export function readReleaseWorkflow(): ReleaseWorkflow {
  return parse(readFileSync(RELEASE_WORKFLOW, "utf8")) as ReleaseWorkflow;
}

export function workflowStep(workflow: ReleaseWorkflow, name: string): WorkflowStep {
  const step = workflow.jobs.release.steps.find((candidate) => candidate.name === name);
  if (!step) throw new Error(`the release workflow has no step "${name}"`);
  return step;
}

/**
 * Runs one `run:` step of the release workflow as GitHub's runner does (`bash -e -o pipefail`, in the checkout),
 * with the job's env, the step's own plain env and `env` on top (what the runner would set: GITHUB_REF_NAME,
 * the secrets, test folders). The steps keep expressions out of their scripts, so the text runs unchanged.
 */
export function runWorkflowStep(name: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const workflow = readReleaseWorkflow();
  const step = workflowStep(workflow, name);
  if (!step.run) throw new Error(`"${name}" runs no script`);
  const plainEnv = (values: Record<string, string> = {}) => Object.fromEntries(Object.entries(values).filter(([, value]) => !String(value).includes("${{")));
  const ran = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
    cwd: REPOSITORY_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...plainEnv(workflow.jobs.release.env), ...plainEnv(step.env), ...env },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}
