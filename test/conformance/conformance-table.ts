import { type ConformanceVector, PLATFORM_LABELS, PLATFORMS, type PlatformId, ROUTES, type Verdict, verdictFor } from "./conformance-vector.js";

interface Note {
  code: string;
  platform: PlatformId;
  reason: string;
  vectors: string[];
}

/** Numbers each distinct (platform, reason) once, in order of first use: D1, D2 ... or N1, N2 ... */
class Notes {
  readonly list: Note[] = [];
  constructor(private readonly prefix: string) {}
  code(platform: PlatformId, reason: string, vector: string): string {
    let note = this.list.find((candidate) => candidate.platform === platform && candidate.reason === reason);
    if (!note) {
      note = { code: `${this.prefix}${this.list.length + 1}`, platform, reason, vectors: [] };
      this.list.push(note);
    }
    note.vectors.push(vector);
    return note.code;
  }
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function requestCell(vector: ConformanceVector): string {
  if ("refused" in vector.expected) return `refused before sending (${vector.expected.refused})`;
  const route = ROUTES[vector.operation];
  return `${route.method} ${route.path}`;
}

function cell(vector: ConformanceVector, platform: PlatformId, verdict: Verdict, notes: { differences: Notes; limits: Notes }): string {
  if (verdict.kind === "identical") return platform === "n8n" && vector.realN8n ? "identical, also in real n8n" : "identical";
  if (verdict.kind === "difference") return `difference ${notes.differences.code(platform, verdict.reason, vector.name)}`;
  return `not expressible ${notes.limits.code(platform, verdict.reason, vector.name)}`;
}

function countsTable(vectors: readonly ConformanceVector[]): string[] {
  const rows = PLATFORMS.map((platform) => {
    const kinds = vectors.map((vector) => verdictFor(vector, platform).kind);
    const count = (kind: Verdict["kind"]) => kinds.filter((candidate) => candidate === kind).length;
    return `| ${PLATFORM_LABELS[platform]} | ${count("identical")} | ${count("difference")} | ${count("not_expressible")} |`;
  });
  return ["| Platform | Identical | Allowed difference | Not expressible |", "| --- | ---: | ---: | ---: |", ...rows];
}

/** Differences name their calls (each is a deliberate departure to review); limits only count them (the rows show which). */
function noteList(notes: Notes, nameCalls: boolean): string[] {
  return notes.list.map((note) => {
    const calls = nameCalls
      ? `Calls: ${note.vectors.map((name) => `"${name}"`).join(", ")}.`
      : `${note.vectors.length} call${note.vectors.length === 1 ? "" : "s"}.`;
    return `- **${note.code}** (${PLATFORM_LABELS[note.platform]}): ${note.reason}. ${calls}`;
  });
}

/** The conformance table as markdown: every vector on every platform, with every difference and limit explained. */
export function renderConformanceTable(vectors: readonly ConformanceVector[]): string {
  const notes = { differences: new Notes("D"), limits: new Notes("N") };
  const header = `| # | Call | Category | Request | ${PLATFORMS.map((platform) => PLATFORM_LABELS[platform]).join(" | ")} |`;
  const rule = `| ---: | --- | --- | --- | ${PLATFORMS.map(() => "---").join(" | ")} |`;
  const rows = vectors.map((vector, index) => {
    const cells = PLATFORMS.map((platform) => cell(vector, platform, verdictFor(vector, platform), notes));
    return `| ${index + 1} | ${escapeCell(vector.name)} | ${vector.category} | ${requestCell(vector)} | ${cells.join(" | ")} |`;
  });
  return [
    "# Conformance table",
    "",
    "<!-- Generated from test/conformance/vectors.ts by test/conformance/conformance-table.test.ts: do not edit by hand.",
    "     After changing a vector: .ci/pnpm exec vitest run test/conformance/conformance-table.test.ts -u -->",
    "",
    `Every logical call of the conformance suite (${vectors.length} calls) on every platform, each made the way the platform's`,
    "real runtime makes it and recorded by the dev gateway (`test/conformance/*.test.ts`). **Identical**: the platform sends",
    "exactly the expected request, written by hand from OpenAI's API reference and the canonical rules (core's",
    "`packages/core/src/requests/`). **Difference**: it deliberately sends another body, for the reason given. **Not",
    "expressible**: its users cannot make that call, for the reason given. The official `openai` npm SDK is the",
    "reference platform: each of its differences is a way core's canonical request departs from what the SDK sends.",
    "",
    ...countsTable(vectors),
    "",
    "## Calls",
    "",
    header,
    rule,
    ...rows,
    "",
    "## Allowed differences",
    "",
    ...noteList(notes.differences, true),
    "",
    "## Not expressible",
    "",
    ...noteList(notes.limits, false),
    "",
  ].join("\n");
}
