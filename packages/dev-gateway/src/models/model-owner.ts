/** The `owned_by` value the gateway reports for a model id, guessed from its family prefix. */
export function modelOwner(model: string): string {
  if (/^(gpt|o\d|text-embedding|dall-e|chatgpt)/.test(model)) return "openai";
  if (model.startsWith("claude")) return "anthropic";
  if (model.startsWith("gemini")) return "google";
  if (model.startsWith("qwen")) return "alibaba";
  return "crazyrouter";
}
