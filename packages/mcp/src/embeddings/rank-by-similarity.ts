import { cosineSimilarity } from "./cosine-similarity.js";
import { roundTo } from "./round-to.js";

export interface RankedText {
  index: number;
  score: number;
  text: string;
}

const PREVIEW_CHARS = 80;

/** The texts ordered by cosine similarity to the query vector, most similar first, with a short preview of each. */
export function rankBySimilarity(query: Float32Array, vectors: readonly Float32Array[], texts: readonly string[], decimals: number): RankedText[] {
  return vectors
    .map((vector, index) => {
      const text = texts[index] ?? "";
      return {
        index,
        score: roundTo(cosineSimilarity(query, vector), decimals),
        text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text,
      };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
