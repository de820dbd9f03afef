import { embeddingsOperation, MAX_EMBEDDING_INPUTS_PER_REQUEST } from "@crazyrouter/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { rankBySimilarity } from "../embeddings/rank-by-similarity.js";
import { roundTo } from "../embeddings/round-to.js";
import { similarityMatrix } from "../embeddings/similarity-matrix.js";
import { appendDescription } from "./append-description.js";
import { clipEchoed } from "./clip-text.js";
import { memoizeByKey } from "./memoize-by-key.js";
import { runTool } from "./run-tool.js";
import type { ToolContext } from "./tool-context.js";

const fields = embeddingsOperation.request.shape;
/** The list form of the core's `input` union, with its per-item and length limits. */
const inputList = fields.input.options[1];

const VECTOR_DECIMALS = 6;
const SCORE_DECIMALS = 4;
/** Vectors appear twice (text block and structuredContent); both together stay inside the result budget. */
const MAX_VECTORS_JSON_CHARS = 200_000;
/** Each ranked text is echoed back; the texts can be long, the ranking only needs to say which one. */
const RANKED_TEXT_MAX_CHARS = 300;
/** A 100 x 100 matrix is about 70 KB of JSON; larger ones crowd out everything else. */
const MAX_MATRIX_TEXTS = 100;

function buildEmbeddingsToolInputSchema(defaultModel: string) {
  return z.strictObject({
    texts: inputList.describe(`The texts to embed, one vector each, in the same order (1 to ${MAX_EMBEDDING_INPUTS_PER_REQUEST}).`),
    model: appendDescription(fields.model, `Default: ${defaultModel}.`).optional(),
    dimensions: fields.dimensions,
    encoding_format: appendDescription(
      fields.encoding_format,
      "Only the wire format between this server and the gateway (base64 when unset); this tool answers numbers either way.",
    ),
    include_vectors: z
      .boolean()
      .optional()
      .describe(`Return the vectors themselves, rounded to ${VECTOR_DECIMALS} decimals. Off by default because they are long; set dimensions to shorten them.`),
    similarity: z
      .boolean()
      .optional()
      .describe(`Return the cosine similarity matrix of the texts (up to ${MAX_MATRIX_TEXTS} texts), rounded to ${SCORE_DECIMALS} decimals.`),
    query: z
      .string()
      .min(1)
      .optional()
      .describe("Rank the texts by cosine similarity to this query, most similar first (semantic search over the given texts)."),
  });
}

/** The tool's arguments for a configured default model (built once per model). */
export const embeddingsToolInputSchema = memoizeByKey(buildEmbeddingsToolInputSchema);

export const embeddingsToolOutputSchema = z.object({
  model: z.string().optional().describe("The model that answered."),
  count: z.number().describe("How many texts were embedded (the query not included)."),
  dimensions: z.number().describe("Length of each vector."),
  usage: z.object({ prompt_tokens: z.number().optional(), total_tokens: z.number().optional() }).describe("Tokens used."),
  request_ids: z.array(z.string()).describe("The gateway's request ids (several when the texts were sent in batches)."),
  vectors: z.array(z.array(z.number())).optional().describe("One vector per text, when include_vectors was set."),
  vectors_omitted: z.string().optional().describe("Why vectors were left out although asked for."),
  similarity: z.array(z.array(z.number())).optional().describe("similarity[i][j] is the cosine similarity of texts i and j."),
  similarity_omitted: z.string().optional().describe("Why the matrix was left out although asked for."),
  ranking: z
    .array(z.object({ index: z.number(), score: z.number(), text: z.string() }))
    .optional()
    .describe("With query: the texts by similarity to it, most similar first."),
});

type EmbeddingsToolOutput = z.output<typeof embeddingsToolOutputSchema>;

export function registerEmbeddingsTool(server: McpServer, context: ToolContext): void {
  const operation = embeddingsOperation;
  server.registerTool(
    operation.toolName,
    {
      title: operation.title,
      description: `${operation.summary} Can also return a similarity matrix, or rank the texts against a query.`,
      inputSchema: embeddingsToolInputSchema(context.config.embeddingModel),
      outputSchema: embeddingsToolOutputSchema,
      annotations: { title: operation.title, readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    },
    (input, extra) =>
      runTool(
        context,
        operation.toolName,
        async () => {
          const client = await context.gateway.client();
          // The query rides along in the same request: one round trip, and the same model embeds both sides.
          const texts = input.query === undefined ? input.texts : [...input.texts, input.query];
          const result = await client.embed(
            { model: input.model ?? context.config.embeddingModel, input: texts, dimensions: input.dimensions, encoding_format: input.encoding_format },
            { signal: extra.signal },
          );
          const vectors = result.embeddings.slice(0, input.texts.length);
          const output: EmbeddingsToolOutput = {
            model: result.model,
            count: vectors.length,
            dimensions: vectors[0]?.length ?? 0,
            usage: result.usage,
            request_ids: result.requests.map((request) => request.requestId).filter((id): id is string => id !== undefined),
          };
          if (input.include_vectors) {
            const rounded = vectors.map((vector) => Array.from(vector, (value) => roundTo(value, VECTOR_DECIMALS)));
            const size = JSON.stringify(rounded).length;
            if (size <= MAX_VECTORS_JSON_CHARS) output.vectors = rounded;
            else
              output.vectors_omitted = `The vectors would take ${Math.round(size / 1024)} KB, more than MCP clients accept in one result. Ask for fewer texts, or set dimensions (for example 256).`;
          }
          if (input.similarity) {
            if (vectors.length <= MAX_MATRIX_TEXTS) output.similarity = similarityMatrix(vectors, SCORE_DECIMALS);
            else output.similarity_omitted = `The matrix is limited to ${MAX_MATRIX_TEXTS} texts; use query to rank many texts against one.`;
          }
          const queryVector = input.query === undefined ? undefined : result.embeddings[input.texts.length];
          if (queryVector) {
            output.ranking = rankBySimilarity(queryVector, vectors, input.texts, SCORE_DECIMALS).map((entry) => ({
              ...entry,
              text: clipEchoed(entry.text, RANKED_TEXT_MAX_CHARS),
            }));
          }
          return { content: [{ type: "text", text: JSON.stringify(output) }], structuredContent: output };
        },
        "Embed fewer texts at once, or set dimensions (for example 256).",
      ),
  );
}
