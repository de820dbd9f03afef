import { cosineSimilarity } from "./cosine-similarity.js";
import { roundTo } from "./round-to.js";

/** Pairwise cosine similarities, rounded; the matrix is symmetric with 1 on the diagonal. */
export function similarityMatrix(vectors: readonly Float32Array[], decimals: number): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let row = 0; row < vectors.length; row++) {
    matrix[row]![row] = 1;
    for (let column = row + 1; column < vectors.length; column++) {
      const score = roundTo(cosineSimilarity(vectors[row]!, vectors[column]!), decimals);
      matrix[row]![column] = score;
      matrix[column]![row] = score;
    }
  }
  return matrix;
}
