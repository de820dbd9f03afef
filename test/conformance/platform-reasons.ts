/**
 * Why a platform cannot make a call, or makes it differently: one sentence each, shared by the vectors that
 * need it, so the table says the same thing the same way. Differences are deliberate; each says why.
 */

export const CLI_REASONS = {
  promptOnly: "`crazyrouter chat` takes a prompt, --system, --model and --no-stream only",
  noEmbeddings: "the CLI has no embeddings command",
  noImages: "the CLI has no image command",
} as const;

export const MCP_REASONS = {
  chatArguments: "the chat tool takes prompt, system, messages, model, temperature and max_tokens only (what a model fills in)",
  noStreaming: "a tool call has one result: the chat tool does not stream",
  tokenLists: "the embeddings tool takes texts; token ids are not texts",
  imageArguments: "the image tool takes prompt, model, size, n and quality: it saves and shows the image itself, so it asks for no response_format",
  oneLimit: "the chat tool offers one limit, max_tokens, which core sends as max_tokens to models that are not reasoning models",
} as const;

export const N8N_REASONS = {
  chatOptions: "the node's chat options are temperature, top P, penalties, seed, reasoning effort, stop sequences, maximum tokens, JSON mode and a JSON schema",
  noStreaming: "a node returns whole items: it does not stream",
  noTools: "the node has no tools input: function calling is the AI Agent's job (the node itself is an agent tool)",
  noSchema: "the JSON Schema option holds the schema itself: a json_schema reply format without one cannot be set",
  encoding: "the node always fetches base64 and gives vectors as numbers: the wire encoding changes nothing a user sees, so it is not a setting",
  oneLimit: "the node offers one Maximum Tokens option, which core sends as max_tokens to models that are not reasoning models",
  tokenLists: "each item's Text is a string; token ids are not texts",
} as const;

export const DIFY_REASONS = {
  modelParameters:
    "Dify sends a model only its parameter rules (temperature, top_p, max_tokens, response_format, json_schema; reasoning_effort for reasoning models); the SDK drops everything else",
  toolChoice: "Dify offers tools to the model but has no tool_choice or per-tool strict setting",
  roles: "Dify's messages are system, user, assistant and tool",
  imageDetail: "Dify's vision setting always carries an image detail (low or high)",
  systemImages: "Dify puts images in user messages only",
  oneLimit: "Dify's Max Tokens is sent as max_tokens to models that are not reasoning models",
  tokenLists: "Dify hands the plugin texts; token ids are not texts",
  encoding: "the plugin always asks for base64 and decodes it itself (one policy); the encoding is not a Dify setting",
  imageArguments:
    "the image tool takes prompt, model, size, n and quality: it hands Dify the image bytes whatever the answer's form, so it asks for no response_format",
} as const;

export const COZE_REASONS = {
  chatFields:
    "the chat tool offers model, messages (system, user and assistant text), max_completion_tokens and response_format text or json_object only: Coze runs no code, so it cannot leave out a field the chosen model refuses, and offers only what every model takes",
  noStreaming: "a Coze tool answers once: Coze cannot stream",
  noTools: "function calling is the Coze agent's own job: a tool cannot hand the model's tool calls back, so the chat tool offers no tools",
  textOnly: "the tool carries message text only (Coze would send a list of parts as its JSON text)",
  maxCompletionTokens:
    "the tool names the limit max_completion_tokens for every model: reasoning models refuse max_tokens, and Coze cannot rename a field per model",
  float: "Coze cannot decode base64, so the tool asks for float vectors (bit-identical float32, see embeddings-encoding.test.ts)",
  tokenLists: "the tool declares input as a list of texts; token ids are not texts",
  imageArguments: "the image tool offers model, prompt, size and n only",
  sentAnyway: "Coze runs no code of ours, so nothing refuses the call first: it is sent and the gateway answers 400",
} as const;

export const OPENAI_REASONS = {
  maxTokens: "the SDK sends max_tokens as given; core sends it as max_completion_tokens to reasoning models, which refuse max_tokens",
  sampling: "the SDK sends sampling fields as given; core leaves out those reasoning models refuse, with a warning",
  streamUsage: "the SDK sends stream: true alone; core also asks for usage in the last chunk (stream_options.include_usage)",
  oneText: "the SDK sends one text as a string; core always sends input as a list",
  oneTokenList: "the SDK sends one token list as given; core always sends input as a list of inputs",
  oneStop: "the SDK sends one stop sequence as a string; core always sends stop as a list",
  responseFormat: "the SDK sends response_format as given; core leaves it out, with a warning, for models that refuse it (gpt-image, qwen-image)",
  sentAnyway: "the SDK sends any body; core refuses this call before sending (the API answers 400)",
  duplicateField: "one object cannot carry a field twice, so the SDK has no way to ask for both",
} as const;

/** Several reasons for one verdict, in one sentence. */
export const both = (...reasons: string[]): string => reasons.join("; ");
