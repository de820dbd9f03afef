import type { Clock } from "../io/clock.js";
import type { OutputWriter } from "../io/output-writer.js";
import type { DoctorRenderer } from "./doctor-renderer.js";
import type { DoctorStatus } from "./doctor-report.js";
import { formatDuration } from "./format-duration.js";
import { stepLines } from "./step-lines.js";
import { summarizeReport } from "./summarize-report.js";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const CLEAR_LINE = "\r\x1b[2K";
const MARKS: Record<DoctorStatus, { symbol: string; colour: number }> = {
  pass: { symbol: "✔", colour: 32 },
  fail: { symbol: "✖", colour: 31 },
  warn: { symbol: "▲", colour: 33 },
  skip: { symbol: "○", colour: 2 },
};

export interface LiveRendererOptions {
  clock: Clock;
  /** NO_COLOR users still get the in-place checklist, just without colour. */
  colour: boolean;
  /** Calls `tick` every `ms` until the returned function runs; injectable so tests need no real timers. */
  every?: (ms: number, tick: () => void) => () => void;
}

function realEvery(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  // The spinner must never keep the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
}

/** A terminal checklist: the running step spins in place, then its line is rewritten with the result. */
export function renderLive(output: OutputWriter, options: LiveRendererOptions): DoctorRenderer {
  const paint = (code: number, text: string) => (options.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const every = options.every ?? realEvery;
  let stopSpinner: (() => void) | undefined;
  return {
    stepStarted({ title, index, total }) {
      if (index === 0) output.write(`${paint(1, "crazyrouter doctor")} ${paint(2, `${total} checks`)}\n`);
      const started = options.clock.now();
      let frame = 0;
      const draw = () => {
        const elapsed = options.clock.now() - started;
        output.write(`${CLEAR_LINE}${paint(36, FRAMES[frame % FRAMES.length] ?? "-")} ${title}… ${paint(2, elapsed >= 1000 ? formatDuration(elapsed) : "")}`);
        frame++;
      };
      draw();
      stopSpinner = every(80, draw);
    },
    stepFinished(step) {
      stopSpinner?.();
      stopSpinner = undefined;
      const { headline, fix } = stepLines(step);
      const mark = MARKS[step.status];
      const text = step.status === "skip" ? paint(2, headline) : headline;
      output.write(`${CLEAR_LINE}${paint(mark.colour, mark.symbol)} ${text}\n`);
      if (fix) output.write(`  ${paint(mark.colour, "fix:")} ${fix}\n`);
    },
    finished(report) {
      output.write(`\n${paint(report.ok ? 32 : 31, summarizeReport(report))}\n`);
    },
  };
}
