import { getOperation } from "@crazyrouter/core";
import type { StoredPluginDocument } from "@crazyrouter/coze";
import { generatedStoredSpec, runAgainstDevGateway } from "@crazyrouter/coze/testing";
import { expect } from "vitest";
import type { ConformanceVector, JsonObject } from "../conformance-vector.js";
import { cannot, type Expression, type PlatformDriver } from "../conformance-suite.js";
import { capture } from "../expect-conforming-run.js";
import { textList, unmappedFields } from "./call-fields.js";

const TEXT_ROLES = ["system", "user", "assistant"];

function chatArguments(vector: ConformanceVector): Expression<JsonObject> {
  const { model, messages, max_tokens, max_completion_tokens, response_format, ...rest } = vector.input;
  if (rest.stream) return cannot("Coze tools do not stream");
  const unmapped = unmappedFields(rest, []);
  if (unmapped.length > 0 || vector.extraBody) return cannot(`the tool has no ${[...unmapped, ...Object.keys(vector.extraBody ?? {})].join(", ")}`);
  if (max_tokens !== undefined && max_completion_tokens !== undefined) return cannot("the tool has one limit");
  const textOnly = (messages as JsonObject[]).every(
    (message) => TEXT_ROLES.includes(String(message.role)) && typeof message.content === "string" && unmappedFields(message, ["role", "content"]).length === 0,
  );
  if (!textOnly) return cannot("the tool's messages are role and text only");
  const format = response_format as JsonObject | undefined;
  if (format && !["text", "json_object"].includes(String(format.type))) return cannot("response_format is text or json_object");
  const limit = max_tokens ?? max_completion_tokens;
  return { call: { model, messages, ...(limit === undefined ? {} : { max_completion_tokens: limit }), ...(format ? { response_format: format } : {}) } };
}

/** The tool call's arguments, as the model (or a workflow node) fills in the tool Coze imported, or why it cannot. */
export function cozeToolArguments(vector: ConformanceVector): Expression<JsonObject> {
  if (vector.operation === "chat_completions") return chatArguments(vector);
  if (vector.extraBody) return cannot("Coze sends only declared fields");
  switch (vector.operation) {
    case "embeddings": {
      const { input, encoding_format, ...rest } = vector.input;
      // The description asks for a list even for one text: Coze refuses a single string for a list field.
      const texts = textList(input);
      if (!texts) return cannot("input is a list of texts");
      if (encoding_format !== undefined && encoding_format !== "float") return cannot("the tool asks for float vectors only");
      const unmapped = unmappedFields(rest, ["model", "dimensions"]);
      return unmapped.length > 0
        ? cannot(`the tool has no ${unmapped.join(", ")}`)
        : { call: { ...rest, input: texts, ...(encoding_format ? { encoding_format } : {}) } };
    }
    case "image_generation": {
      const unmapped = unmappedFields(vector.input, ["model", "prompt", "size", "n"]);
      return unmapped.length > 0 ? cannot(`the tool has no ${unmapped.join(", ")}`) : { call: vector.input };
    }
    case "list_models":
      return { call: {} };
  }
}

/**
 * Coze Studio's tool runtime (the simulator written from its backend) running the imported spec: the request it
 * builds from the tool call, sent to the dev gateway, the answer processed as the Debug panel does (strictest). A bot
 * and a workflow node must send the very same request.
 */
export function cozeDriver(): PlatformDriver<JsonObject> {
  let document: StoredPluginDocument | undefined;
  const stored = () => {
    if (!document) throw new Error("the Coze driver was not prepared");
    return document;
  };
  return {
    platform: "coze",
    prepare() {
      // The generated spec as Coze stores it after its import flow.
      document = generatedStoredSpec();
    },
    express: cozeToolArguments,
    async run(args, vector, gateway) {
      const toolName = getOperation(vector.operation).toolName;
      const sent: unknown[] = [];
      let debugError: string | undefined;
      for (const scene of ["agent", "workflow", "debug"] as const) {
        gateway.clearRequests();
        const error = await capture(() => runAgainstDevGateway(gateway, stored(), toolName, args, scene));
        if (scene === "debug") debugError = error;
        sent.push(gateway.requests.map((request) => request.body));
      }
      expect(sent[0], `${vector.name}: a bot sends what Debug sends`).toEqual(sent[2]);
      expect(sent[1], `${vector.name}: a workflow node sends what Debug sends`).toEqual(sent[2]);
      return { error: debugError };
    },
  };
}
