import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { splitIntoBatches } from "../embeddings/split-into-batches.js";
import { EMBEDDING_MODELS_WITHOUT_DIMENSIONS, embeddingsOperation, type EmbeddingsRequest } from "../operations/embeddings.js";
import { validateRequest } from "../validation/validate-request.js";
import { dropUnsetFields } from "./drop-unset-fields.js";
import { mergeExtraBody } from "./merge-extra-body.js";

/** Any number of inputs: lists longer than one request allows are split into batches, order kept. */
export type EmbedRequest = Omit<EmbeddingsRequest, "input"> & { input: string | readonly string[] | readonly number[] | readonly (readonly number[])[] };

/** The encoding every platform asks for: base64 is about four times smaller than JSON numbers and decodes exactly. */
export const DEFAULT_EMBEDDING_ENCODING = "base64";

export interface BuiltEmbeddingsRequests {
  /** One body per batch, each validated. */
  bodies: Record<string, unknown>[];
  /** How many vectors each batch asks for. */
  inputCounts: number[];
}

/** One text or one token list is a list of one: the canonical `input` is always a list. */
function inputList(input: EmbedRequest["input"]): Array<string | readonly number[]> {
  if (typeof input === "string") return [input];
  if (input.length > 0 && input.every((item) => typeof item === "number")) return [input];
  return [...(input as ReadonlyArray<string | readonly number[]>)];
}

/**
 * The canonical embeddings bodies for a logical call: `input` always a list (split into batches of at most
 * `batchSize`), base64 unless asked otherwise, unset fields dropped. Every batch is validated before the first is
 * sent, so a bad input late in a long list sends nothing.
 */
export function buildEmbeddingsRequests(request: EmbedRequest, batchSize: number, extraBody?: Readonly<Record<string, unknown>>): BuiltEmbeddingsRequests {
  const inputs = inputList(request.input);
  if (inputs.length === 0) {
    throw new CrazyrouterError({
      code: "invalid_input",
      field: "input",
      message: "Invalid embeddings.input: give at least one text.",
      hint: "Pass a text or a non-empty list of texts.",
    });
  }
  const { input: _input, ...fields } = dropUnsetFields(request) as EmbedRequest;
  if (fields.dimensions !== undefined && EMBEDDING_MODELS_WITHOUT_DIMENSIONS.has(fields.model)) {
    throw new CrazyrouterError({
      code: "invalid_input",
      field: "dimensions",
      message: `Invalid embeddings.dimensions: ${fields.model} always answers its native length and refuses dimensions.`,
      hint: "Leave dimensions unset, or use a text-embedding-3 model to get shorter vectors.",
    });
  }
  const batches = splitIntoBatches(inputs, batchSize);
  const bodies = batches.map((batch) =>
    mergeExtraBody(
      validateRequest(embeddingsOperation, { ...fields, input: batch, encoding_format: fields.encoding_format ?? DEFAULT_EMBEDDING_ENCODING }) as Record<
        string,
        unknown
      >,
      extraBody,
    ),
  );
  return { bodies, inputCounts: batches.map((batch) => batch.length) };
}
