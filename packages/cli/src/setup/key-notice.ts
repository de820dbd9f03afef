import type { KeyDisplay } from "./key-display.js";

/** The line that says what the printed key is, so nobody pastes a mask or a placeholder unknowingly. */
export function keyNotice(key: KeyDisplay): string {
  switch (key.kind) {
    case "placeholder":
      return key.problem
        ? `Key: CRAZYROUTER_API_KEY is set but unusable (${key.problem}); ${key.value} below is a placeholder: put your own sk-... key there.`
        : `Key: no CRAZYROUTER_API_KEY is set; ${key.value} below is a placeholder: put your own sk-... key there.`;
    case "masked":
      return `Key: shown masked (${key.value}); paste your real key there, or rerun with --show-key to print it whole (it then stays in your terminal's scrollback).`;
    case "full":
      return "Key: printed whole (--show-key); treat this output as a secret.";
  }
}
