import { correctValueType } from "./correct-value-type.js";
import { plainError, statusError } from "./coze-runtime-error.js";
import { parseGoJson, isGoObject, toGoJson, type GoObject } from "./go-json.js";
import { setBodyDefaultValues } from "./set-body-default-values.js";
import { findStoredTool, type StoredPluginDocument } from "./stored-tool.js";

/** The plugin's auth as set in the import confirm dialog: Service, location Header, the header name and its value. */
export interface CozeServiceAuth {
  header: string;
  /** What the user typed as the value, e.g. `Bearer sk-...`. */
  value: string;
}

/** Who runs the tool: Coze sends these ids to the plugin's server on every call. */
export interface CozeCaller {
  userId: string;
  /** The bot, in agent scenes. */
  botId?: string;
  conversationId?: string;
  logId?: string;
}

export interface CozeHttpRequest {
  method: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string | undefined;
}

function parseArguments(argumentsJson: string): GoObject {
  if (argumentsJson === "") throw statusError("argumentsInJson is required");
  try {
    const parsed = parseGoJson(argumentsJson);
    if (isGoObject(parsed)) return parsed;
  } catch {
    // Reported below in Coze's words.
  }
  throw plainError(`unmarshal into map failed, input=${argumentsJson}`);
}

/**
 * The HTTP request Coze Studio sends when a tool of this stored plugin runs with the given arguments (the JSON the
 * model or the Debug form produced), following `NewInvocationArgs` and `httpCallImpl.buildHTTPRequest`
 * (domain/plugin/service/tool): top-level keys the body does not declare are dropped, declared defaults filled
 * and `required` checked (`setBodyDefaultValues`), values converted to their declared types
 * (`TryCorrectValueType`), then Coze's own headers and the auth header added. Throws `CozeRuntimeError` where Coze
 * stops the call before sending anything.
 */
export function buildCozeRequest(
  document: StoredPluginDocument,
  toolName: string,
  argumentsJson: string,
  options: { auth: CozeServiceAuth; caller: CozeCaller },
): CozeHttpRequest {
  const tool = findStoredTool(document, toolName);
  const args = parseArguments(argumentsJson);
  let body: string | undefined;
  if (tool.bodySchema) {
    const declared = tool.bodySchema.properties ?? {};
    const given: GoObject = {};
    for (const [name, value] of Object.entries(args)) if (name in declared) given[name] = value;
    const filled = setBodyDefaultValues(given, tool.bodySchema);
    if (Object.keys(declared).length > 0) {
      const corrected: GoObject = {};
      for (const [name, value] of Object.entries(filled)) corrected[name] = correctValueType(name, declared[name] ?? {}, value);
      body = toGoJson(corrected);
    }
  }
  const { caller, auth } = options;
  const headers: Record<string, string> = {
    "x-tt-logid": caller.logId ?? "",
    "x-aiplugin-connector-identifier": caller.userId,
    ...(caller.botId ? { "x-aiplugin-bot-id": caller.botId } : {}),
    ...(caller.conversationId ? { "x-aiplugin-conversation-id": caller.conversationId } : {}),
    ...(body ? { "content-type": "application/json" } : {}),
  };
  // The service token is added only when the call did not set that header itself.
  const authHeader = auth.header.toLowerCase();
  if (!(authHeader in headers)) headers[authHeader] = auth.value;
  return { method: tool.method, url: `${tool.serverUrl}${tool.subUrl}`, headers, body };
}
