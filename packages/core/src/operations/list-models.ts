import * as z from "zod";
import type { OperationDefinition } from "./operation-definition.js";
import { lazySchema } from "./lazy-schema.js";

export const listModelsResponseSchema = lazySchema(() =>
  z.looseObject({
    data: z
      .array(
        z.looseObject({
          id: z.string().min(1).describe("Model id to pass as model."),
          owned_by: z.string().nullable().optional().describe("Vendor or owner of the model."),
          created: z.number().nullable().optional().describe("Unix time the model was added."),
        }),
      )
      .describe("The models this key may call."),
  }),
);

export type ListModelsResponse = z.output<ReturnType<typeof listModelsResponseSchema>>;

export const listModelsOperation = {
  id: "list_models",
  toolName: "crazyrouter_list_models",
  title: "List models",
  method: "GET",
  path: "/models",
  summary:
    "List the model ids this Crazyrouter key may call. Use it before choosing a model, or when a call fails " + "because a model is not allowed or not found.",
  request: undefined,
  get response() {
    return listModelsResponseSchema();
  },
  streamingFields: [],
  slow: false,
} as const satisfies OperationDefinition;
