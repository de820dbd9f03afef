import { DEFAULT_REGION, MAX_EMBEDDING_INPUTS_PER_REQUEST, regionBaseUrl } from "@crazyrouter/core";
import { BASE_URL_REGION_HELP, CUSTOM_BASE_URL_HELP } from "./base-url-options.js";

/**
 * Simplified Chinese for the English texts Dify shows in the provider, credential, model and image-tool forms, keyed
 * by the English. Dify's and the gateway's users are largely Chinese (the gateway has a cn route), and Dify shows
 * `zh_Hans` to them when a file has it. Help texts taken from the core's request schema stay English.
 */
const ZH_HANS: Readonly<Record<string, string>> = {
  // Provider (the brand reads the same)
  Crazyrouter: "Crazyrouter",
  "GPT, Claude, Gemini and embedding models behind one OpenAI-compatible Crazyrouter key.":
    "一个兼容 OpenAI 的 Crazyrouter 密钥，即可使用 GPT、Claude、Gemini 和嵌入模型。",
  "Create a dedicated sk-... key for Dify in the Crazyrouter dashboard": "在 Crazyrouter 控制台为 Dify 创建专用的 sk-... 密钥",
  // Credentials
  "API Key": "API 密钥",
  "sk-... from the Crazyrouter dashboard (a dedicated key for Dify)": "Crazyrouter 控制台中的 sk-... 密钥（建议为 Dify 单独创建）",
  "sk-... from the Crazyrouter dashboard": "Crazyrouter 控制台中的 sk-... 密钥",
  "A key allowed to use the image models you pick.": "可使用所选图像模型的密钥。",
  Region: "区域",
  "Custom base URL (below)": "自定义 Base URL（见下方）",
  "Custom base URL": "自定义 Base URL",
  [BASE_URL_REGION_HELP]: "调用哪条 Crazyrouter 线路。默认为全球（crazyrouter.com）；在中国大陆请选择中国，或选择自定义以填写 Base URL。",
  [CUSTOM_BASE_URL_HELP]: `仅用于自定义：兼容 OpenAI 的 Base URL，例如 ${regionBaseUrl(DEFAULT_REGION)}。根地址、完整接口路径、末尾斜杠或查询字符串会被改正为 /v1 形式。填写后，无论选择哪个区域都使用它。`,
  "Model name": "模型名称",
  "The model id exactly as the key's model list (GET /models) spells it": "与密钥的模型列表（GET /models）中完全一致的模型 ID",
  "Context size (tokens)": "上下文长度（token）",
  "How many tokens the model reads at most": "模型最多读取的 token 数",
  "Upper bound for max tokens": "最大输出 token 数上限",
  "Function calling": "函数调用",
  "Supported (tools)": "支持（tools）",
  "Not supported": "不支持",
  "Tool calls while streaming": "流式输出时的工具调用",
  Yes: "是",
  No: "否",
  "Vision (image input)": "视觉（图片输入）",
  "Output limit parameter": "输出上限参数",
  "Automatic (max_completion_tokens for gpt-5 and o-series)": "自动（gpt-5 与 o 系列使用 max_completion_tokens）",
  max_tokens: "max_tokens",
  "max_completion_tokens (reasoning models)": "max_completion_tokens（推理模型）",
  "Vector dimensions (optional)": "向量维度（可选）",
  "Texts per request": "每次请求的文本数",
  [`At most ${MAX_EMBEDDING_INPUTS_PER_REQUEST} texts go in one embeddings request.`]: `一次嵌入请求最多包含 ${MAX_EMBEDDING_INPUTS_PER_REQUEST} 条文本。`,
  // Model parameters
  Temperature: "温度",
  "Top P": "Top P",
  "Max Tokens": "最大 token 数",
  "Reasoning Effort": "推理强度",
  "Response Format": "回复格式",
  "JSON Schema": "JSON Schema",
  // Image tool
  "Crazyrouter Image": "Crazyrouter 图像",
  "Image generation with Crazyrouter image models (gpt-image-2, qwen-image and more).": "使用 Crazyrouter 图像模型（gpt-image-2、qwen-image 等）生成图像。",
  "Generate image": "生成图像",
  "Image generation from a text prompt.": "根据文字提示生成图像。",
  Prompt: "提示词",
  Model: "模型",
  Size: "尺寸",
  "Number of images": "图像数量",
  Quality: "质量",
  auto: "自动",
  low: "低",
  medium: "中",
  high: "高",
  standard: "标准",
  hd: "高清",
};

/** The Chinese for an English text Dify shows, when there is one. */
export function chineseFor(english: string): string | undefined {
  return Object.hasOwn(ZH_HANS, english) ? ZH_HANS[english] : undefined;
}

/**
 * A copy of a generated YAML value in which every `{ en_US }` text with a Chinese translation also has `zh_Hans`
 * (texts that already have one keep it). Never changes `value`.
 */
export function withChineseLabels<T>(value: T): T {
  if (Array.isArray(value)) return (value as unknown[]).map((entry) => withChineseLabels(entry)) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) copy[key] = withChineseLabels(entry);
  if (typeof copy.en_US === "string" && copy.zh_Hans === undefined) {
    const chinese = chineseFor(copy.en_US);
    if (chinese !== undefined) copy.zh_Hans = chinese;
  }
  return copy as T;
}
