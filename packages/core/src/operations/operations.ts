import { chatCompletionsOperation } from "./chat-completions.js";
import { embeddingsOperation } from "./embeddings.js";
import { imageGenerationOperation } from "./image-generation.js";
import { listModelsOperation } from "./list-models.js";
import type { OperationDefinition, OperationId } from "./operation-definition.js";

/** Every gateway operation in scope, in the order adapters present them. */
export const operations = [
  chatCompletionsOperation,
  embeddingsOperation,
  imageGenerationOperation,
  listModelsOperation,
] as const satisfies readonly OperationDefinition[];

export function getOperation(id: OperationId): OperationDefinition {
  const operation = operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`unknown operation ${id}`);
  return operation;
}
