import { DEFAULT_BASE_URL, DEFAULT_CHAT_MODEL, DEFAULT_DEADLINES, DEFAULT_EMBEDDING_MODEL, DEFAULT_IMAGE_MODEL, formatDeadline } from "@crazyrouter/core";
import { DEFAULT_DOCTOR_DIMENSIONS, DEFAULT_DOCTOR_TIMEOUT_MS } from "./doctor/doctor-options.js";
import { SETUP_CLIENT_NAMES } from "./setup/setup-client-names.js";

const { headersMs, totalMs, streamTotalMs, streamIdleMs } = DEFAULT_DEADLINES;

/** `nextchat (also: chatgpt-next-web)`, one client per line. */
const setupClientLines = SETUP_CLIENT_NAMES.map(({ id, aliases }) => `  ${id}${aliases.length > 0 ? ` (also: ${aliases.join(", ")})` : ""}`).join("\n");

export const USAGE = `crazyrouter: the Crazyrouter gateway from your terminal

Usage:
  crazyrouter doctor [options]                           check the key, base URL, models, chat, streaming, embeddings
  crazyrouter setup [CLIENT] [--show-key] [--model M]    ready-to-paste config for a client (no CLIENT: list them)
  crazyrouter models [--timeout T]                       list the models your key may call
  crazyrouter chat "PROMPT" [--model M] [--system S] [--no-stream] [--timeout T]
  crazyrouter generate [--out DIR] [--openapi-dir DIR] [--dify-signing-key FILE]
                                                         write every platform artifact

Setup clients (CLIENT), and the other names each answers to:
${setupClientLines}

Doctor options:
  --model M              chat model to check (default ${DEFAULT_CHAT_MODEL})
  --embedding-model M    embedding model (default ${DEFAULT_EMBEDDING_MODEL})
  --dimensions N         vector length asked of text-embedding-3-* models (default ${DEFAULT_DOCTOR_DIMENSIONS})
  --image-model M        image model (default ${DEFAULT_IMAGE_MODEL})
  --images               also generate one image (costs more than every other check)
  --regions              time the global and cn routes even for a custom or local base URL
  --timeout T            per-check deadline: seconds, or 500ms (default ${DEFAULT_DOCTOR_TIMEOUT_MS / 1000})
  --json                 print a machine-readable report instead of the checklist

Environment:
  CRAZYROUTER_API_KEY        your sk-... key (never passed as a flag, so it stays out of shell history)
  CRAZYROUTER_BASE_URL       any form: https://crazyrouter.com, .../v1, a full endpoint URL (default ${DEFAULT_BASE_URL})
  CRAZYROUTER_EXTRA_HEADERS  advanced: a JSON object of extra request headers, e.g. for a proxy
  CRAZYROUTER_DIFY_SIGNING_KEY_FILE, CRAZYROUTER_DIFY_SIGNING_KEY
                             generate: sign the Dify packages with this private key file, or this PEM text

Deadlines (chat, models, setup's model list):
  --timeout T            the whole call, retries included: seconds, or 500ms
  Without --timeout: an answer must start within ${formatDeadline(headersMs)} (Cloudflare in front of the gateway answers 524
  after about 100 s), a whole answer ends by ${formatDeadline(totalMs)}, a streamed one by ${formatDeadline(streamTotalMs)}, and a stream
  that sends nothing for ${formatDeadline(streamIdleMs)} is stopped.

Options:
  --base-url URL         overrides CRAZYROUTER_BASE_URL
  --show-key             setup: print the key whole instead of masked
  -h, --help             this text
  -v, --version          the CLI's version

Each command takes only its own options (listed above); any other flag, an unknown command, a missing prompt or a
surplus argument is bad usage.

Exit codes: 0 ok, 1 a check or call failed, 2 bad usage or input.
`;
