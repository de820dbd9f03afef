import type { ConformanceVector, JsonObject } from "../conformance-vector.js";
import { cannot, type Expression } from "../conformance-suite.js";
import { textList, unmappedFields } from "./call-fields.js";

/** A request the plugin daemon sends a plugin, by the SDK action that handles it. */
export interface DifyDaemonCall {
  kind: "llm" | "text_embedding" | "tool" | "validate_provider";
  /** The daemon's JSON; the Python side adds the API key and gateway URL to `credentials`. */
  request: JsonObject;
}

/** A Dify end user as the daemon passes it: the plugins must never send it on. */
export const DIFY_END_USER_ID = "6b1f8c3e-5d2a-4c7b-9e0f-1a2b3c4d5e6f";

/**
 * The parameters Dify's UI shows for our chat models (their YAML parameter rules, plus Dify's own stop sequences):
 * reasoning models have no sampling parameters, and one limit, Max Tokens, sent under the name the model reads.
 */
const REASONING_MODELS = ["gpt-5.4", "o3"];
const UI_PARAMETERS = { reasoning: ["max_tokens", "reasoning_effort"], other: ["temperature", "top_p", "max_tokens"] };

/** An image part as Dify serialises it: a URL, or base64 with its MIME type; the vision setting's detail always set. */
function imageContent(part: JsonObject): JsonObject | undefined {
  const image = part.image_url as { url: string; detail?: string };
  if (image.detail === undefined) return undefined;
  const data = /^data:([^;]+);base64,(.*)$/.exec(image.url);
  const mimeType = data?.[1] ?? "image/png";
  const source = data ? { base64_data: data[2] } : { url: image.url };
  return { type: "image", format: mimeType.split("/")[1], mime_type: mimeType, ...source, detail: image.detail };
}

/** One message as Dify's runtime serialises a PromptMessage, or undefined where Dify has no such message. */
function promptMessage(message: JsonObject): JsonObject | undefined {
  const { role, content, ...rest } = message;
  if (!["system", "user", "assistant", "tool"].includes(String(role))) return undefined;
  if (!Array.isArray(content)) return { role, content, ...rest };
  if (role !== "user") return undefined;
  const parts = (content as JsonObject[]).map((part) =>
    part.type === "text" ? { type: "text", data: part.text } : part.type === "image_url" ? imageContent(part) : undefined,
  );
  return parts.every((part) => part !== undefined) ? { role, content: parts, ...rest } : undefined;
}

function llmCall(vector: ConformanceVector): Expression<DifyDaemonCall> {
  const { model, messages, stream, stop, tools, response_format, max_completion_tokens, ...parameters } = vector.input;
  if (vector.extraBody) return cannot("Dify sends only the model's parameters");
  const shown = REASONING_MODELS.includes(String(model)) ? UI_PARAMETERS.reasoning : UI_PARAMETERS.other;
  const unmapped = unmappedFields(parameters, shown);
  if (unmapped.length > 0) return cannot(`Dify shows ${String(model)} no ${unmapped.join(", ")}`);
  if (max_completion_tokens !== undefined && parameters.max_tokens !== undefined) return cannot("Dify has one Max Tokens");
  const modelParameters: JsonObject = { ...parameters, ...(max_completion_tokens === undefined ? {} : { max_tokens: max_completion_tokens }) };
  const format = response_format as { type: string; json_schema?: JsonObject } | undefined;
  if (format) {
    modelParameters.response_format = format.type;
    // The JSON Schema box holds the json_schema object; one without a schema is a box left empty.
    if (format.json_schema?.schema !== undefined) modelParameters.json_schema = JSON.stringify(format.json_schema);
  }
  const converted = (messages as JsonObject[]).map(promptMessage);
  if (converted.some((message) => message === undefined)) return cannot("a message Dify cannot carry");
  const toolList = (tools as Array<{ function: JsonObject }> | undefined)?.map((tool) => tool.function);
  if (toolList?.some((tool) => unmappedFields(tool, ["name", "description", "parameters"]).length > 0))
    return cannot("Dify tools are name, description and parameters");
  return {
    call: {
      kind: "llm",
      request: {
        user_id: DIFY_END_USER_ID,
        provider: "crazyrouter",
        model_type: "llm",
        model,
        credentials: {},
        prompt_messages: converted,
        model_parameters: modelParameters,
        stop: stop === undefined ? null : typeof stop === "string" ? [stop] : stop,
        tools: toolList ?? null,
        stream: stream === true,
      },
    },
  };
}

/** The daemon's request for a vector's call, as Dify makes it from its UI and runtime, or why Dify cannot. */
export function difyDaemonCall(vector: ConformanceVector): Expression<DifyDaemonCall> {
  if (vector.operation === "chat_completions") return llmCall(vector);
  if (vector.extraBody) return cannot("no extra body fields in Dify");
  switch (vector.operation) {
    case "embeddings": {
      const { model, input, dimensions, ...rest } = vector.input;
      const texts = textList(input);
      if (!texts || Object.keys(rest).length > 0) return cannot(texts ? `no setting for ${Object.keys(rest).join(", ")}` : "Dify hands the plugin texts");
      // Shortened vectors are a setting of the model added in Dify (a credential form value, so a string).
      const credentials = dimensions === undefined ? {} : { dimensions: String(dimensions) };
      return {
        call: {
          kind: "text_embedding",
          request: { user_id: DIFY_END_USER_ID, provider: "crazyrouter", model_type: "text-embedding", model, credentials, texts, input_type: "document" },
        },
      };
    }
    case "image_generation": {
      const unmapped = unmappedFields(vector.input, ["prompt", "model", "size", "n", "quality"]);
      if (unmapped.length > 0) return cannot(`the tool has no ${unmapped.join(", ")}`);
      return {
        call: {
          kind: "tool",
          request: { user_id: DIFY_END_USER_ID, provider: "crazyrouter_image", tool: "generate_image", credentials: {}, tool_parameters: vector.input },
        },
      };
    }
    case "list_models":
      return { call: { kind: "validate_provider", request: { user_id: DIFY_END_USER_ID, provider: "crazyrouter", credentials: {} } } };
  }
}
