import { DEFAULT_BASE_URL, DEFAULT_CHAT_MODEL, DEFAULT_DEADLINES, DEFAULT_EMBEDDING_MODEL, DEFAULT_IMAGE_MODEL, formatDeadline } from "@crazyrouter/core";
import { MCP_BUNDLE_FILE, MCPB_FILE } from "../setup/bundle-files.js";
import { BUNDLE_API_KEY_ENV, BUNDLE_BASE_URL_ENV } from "./bundle-settings.js";
import { DEFAULT_HTTP_HOST, DEFAULT_HTTP_PORT, DEFAULT_INLINE_IMAGE_MAX_BYTES } from "./parse-config.js";

/** What `crazyrouter-mcp --help` prints. */
export function helpText(version: string): string {
  return `crazyrouter-mcp ${version}: the Crazyrouter AI gateway as MCP tools (chat, embeddings, images, models).

Usage:
  npx -y @crazyrouter/mcp                   stdio server (what Cherry Studio, Claude Desktop and Cursor start)
  npx -y @crazyrouter/mcp --http [options]  stateless Streamable HTTP server on POST /mcp
  node ${MCP_BUNDLE_FILE} [options]         the same from the single-file server (also runs with Bun)

Options:
  --http                serve Streamable HTTP instead of stdio
  --port <n>            HTTP port (default ${DEFAULT_HTTP_PORT}; 0 picks a free one)
  --host <address>      HTTP listen address (default ${DEFAULT_HTTP_HOST}); any other address needs a token
  --token-file <path>   require "Authorization: Bearer <token>" on every HTTP request, reading the token
                        from this file (or set CRAZYROUTER_MCP_TOKEN or CRAZYROUTER_MCP_TOKEN_FILE)
  --token <secret>      the same with the token itself; avoid it: every user of this machine can read it
                        in the process list (ps)
  -h, --help            show this help
  -v, --version         show the version

Environment:
  CRAZYROUTER_API_KEY                 your sk-... key (tools explain how to set it when missing)
  CRAZYROUTER_BASE_URL                gateway URL in any form (default ${DEFAULT_BASE_URL})
  CRAZYROUTER_CHAT_MODEL              default chat model (${DEFAULT_CHAT_MODEL})
  CRAZYROUTER_EMBEDDING_MODEL         default embedding model (${DEFAULT_EMBEDDING_MODEL})
  CRAZYROUTER_IMAGE_MODEL             default image model (${DEFAULT_IMAGE_MODEL})
  CRAZYROUTER_TIMEOUT_MS              deadline per gateway call, retries included (default ${DEFAULT_DEADLINES.totalMs}:
                                      ${formatDeadline(DEFAULT_DEADLINES.totalMs)}; an answer must also start within ${formatDeadline(DEFAULT_DEADLINES.headersMs)})
  CRAZYROUTER_OUTPUT_DIR              where generated images are saved (default: <tmp>/crazyrouter-images)
  CRAZYROUTER_INLINE_IMAGE_MAX_BYTES  largest base64 image data returned inline (default ${DEFAULT_INLINE_IMAGE_MAX_BYTES}; 0 = never)
  CRAZYROUTER_TOOLS                   comma-separated allow-list, e.g. chat,list_models
  CRAZYROUTER_EXTRA_HEADERS           JSON object of extra headers sent to the gateway
  CRAZYROUTER_MCP_TOKEN               bearer token for --http (not visible in the process list)
  CRAZYROUTER_MCP_TOKEN_FILE          file holding the bearer token for --http
  ${BUNDLE_API_KEY_ENV}, ${BUNDLE_BASE_URL_ENV}
                                      set by the ${MCPB_FILE} bundle from its install settings; a filled one
                                      wins over CRAZYROUTER_API_KEY / CRAZYROUTER_BASE_URL

stdout carries only MCP messages; logs go to stderr.
`;
}
