import type { ConformanceVector, JsonObject } from "../conformance-vector.js";
import { cannot, type Expression } from "../conformance-suite.js";
import { promptAndSystem, textList, unmappedFields } from "./call-fields.js";

/** The Crazyrouter node's parameters as n8n stores them in a workflow (the current node version), and the items it runs on. */
export interface N8nNodeSetup {
  parameters: JsonObject;
  items: JsonObject[];
}

/** Per-item text, as a user writes it: an expression reading the incoming item. */
export const ITEM_TEXT_EXPRESSION = "={{ $json.text }}";

const locator = (value: unknown) => ({ __rl: true, mode: "id", value });

/** Chat fields the node's Options collection takes under the same names. */
const CHAT_OPTIONS = ["temperature", "top_p", "presence_penalty", "frequency_penalty", "seed", "reasoning_effort"];

function chatSetup(vector: ConformanceVector): Expression<N8nNodeSetup> {
  const { model, messages, max_tokens, max_completion_tokens, stop, response_format, stream, ...rest } = vector.input;
  if (stream) return cannot("the node does not stream");
  const unmapped = unmappedFields(rest, CHAT_OPTIONS);
  if (unmapped.length > 0 || vector.extraBody) return cannot(`no parameter for ${[...unmapped, ...Object.keys(vector.extraBody ?? {})].join(", ")}`);
  if (max_tokens !== undefined && max_completion_tokens !== undefined) return cannot("one Maximum Tokens option only");
  const format = response_format as { type?: string; json_schema?: JsonObject } | undefined;
  if (format?.type === "json_schema" && format.json_schema?.schema === undefined) return cannot("the JSON Schema option holds a schema");
  if (format && format.type !== "json_object" && format.type !== "json_schema") return cannot(`no option for a ${format.type} reply`);
  const options: JsonObject = { ...rest };
  const limit = max_tokens ?? max_completion_tokens;
  if (limit !== undefined) options.max_tokens = limit;
  if (stop !== undefined) options.stop = typeof stop === "string" ? [stop] : stop;
  // JSON Mode asks for json_object; JSON Schema takes OpenAI's {name, schema, strict} as the user pastes it.
  if (format?.type === "json_object") options.jsonMode = true;
  if (format?.type === "json_schema") options.jsonSchema = JSON.stringify(format.json_schema);
  const text = promptAndSystem(messages);
  const input = text
    ? { inputMode: "prompt", prompt: text.prompt, systemPrompt: text.system ?? "" }
    : { inputMode: "messages", messages: JSON.stringify(messages), systemPrompt: "" };
  return { call: { parameters: { resource: "chat", operation: "complete", model: locator(model), ...input, options }, items: [{}] } };
}

/** How a user sets the node up to make a vector's call: parameters and input items, or why the node cannot. */
export function n8nNodeSetup(vector: ConformanceVector): Expression<N8nNodeSetup> {
  if (vector.operation === "chat_completions") return chatSetup(vector);
  if (vector.extraBody) return cannot("no parameter for extra body fields");
  const { model, ...input } = vector.input;
  switch (vector.operation) {
    case "embeddings": {
      const { input: given, ...options } = input;
      const texts = textList(given);
      if (!texts) return cannot("each item's text is a string");
      const unmapped = unmappedFields(options, ["dimensions"]);
      if (unmapped.length > 0) return cannot(`no option for ${unmapped.join(", ")}`);
      // One item per text, as rows from a sheet or a Split Out node arrive: the node batches them.
      return {
        call: {
          parameters: { resource: "embeddings", operation: "embed", embeddingModel: locator(model), text: ITEM_TEXT_EXPRESSION, options },
          items: texts.map((text) => ({ text })),
        },
      };
    }
    case "image_generation": {
      const { prompt, ...options } = input;
      const unmapped = unmappedFields(options, ["n", "quality", "response_format", "size"]);
      if (unmapped.length > 0) return cannot(`no option for ${unmapped.join(", ")}`);
      return {
        call: {
          parameters: { resource: "image", operation: "generate", imageModel: locator(model), prompt, binaryPropertyName: "data", options },
          items: [{}],
        },
      };
    }
    case "list_models":
      return { call: { parameters: { resource: "model", operation: "getAll", returnAll: true, filter: "" }, items: [{}] } };
  }
}
