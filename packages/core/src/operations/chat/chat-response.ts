import * as z from "zod";
import { lazySchema } from "../lazy-schema.js";

export const usageSchema = lazySchema(() =>
  z
    .looseObject({
      prompt_tokens: z.number().optional().describe("Tokens in the request."),
      completion_tokens: z.number().optional().describe("Tokens in the reply."),
      total_tokens: z.number().optional().describe("Tokens billed in all."),
    })
    .describe("Token counts of this call."),
);

const responseToolCallSchema = lazySchema(() =>
  z.looseObject({
    id: z.string().optional(),
    type: z.string().optional(),
    function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
  }),
);

export const chatCompletionResponseSchema = lazySchema(() =>
  z.looseObject({
    id: z.string().optional().describe("Id of this completion."),
    model: z.string().optional().describe("The model that answered."),
    choices: z
      .array(
        z.looseObject({
          index: z.number().optional(),
          message: z.looseObject({
            role: z.string().optional().describe("Always assistant."),
            content: z.string().nullable().optional().describe("The reply text."),
            reasoning_content: z.string().nullable().optional().describe("The model's reasoning, from models that share it."),
            tool_calls: z.array(responseToolCallSchema()).nullable().optional().describe("Functions the model wants called."),
          }),
          finish_reason: z
            .string()
            .nullable()
            .optional()
            .describe("Why the reply ended: stop (complete), length (hit the token limit), tool_calls or content_filter."),
        }),
      )
      .min(1)
      .describe("The replies; one unless n was set."),
    usage: usageSchema().nullable().optional(),
  }),
);

export type ChatCompletionResponse = z.output<ReturnType<typeof chatCompletionResponseSchema>>;

export const chatCompletionChunkSchema = lazySchema(() =>
  z.looseObject({
    id: z.string().optional(),
    model: z.string().optional(),
    choices: z
      .array(
        z.looseObject({
          index: z.number().optional(),
          delta: z
            .looseObject({
              role: z.string().nullable().optional(),
              content: z.string().nullable().optional(),
              reasoning_content: z.string().nullable().optional(),
              tool_calls: z
                .array(
                  z.looseObject({
                    index: z.number().optional(),
                    id: z.string().optional(),
                    type: z.string().optional(),
                    function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
                  }),
                )
                .nullable()
                .optional(),
            })
            .optional(),
          finish_reason: z.string().nullable().optional(),
        }),
      )
      .optional()
      .default([]),
    usage: usageSchema().nullable().optional(),
  }),
);

export type ChatCompletionChunk = z.output<ReturnType<typeof chatCompletionChunkSchema>>;
