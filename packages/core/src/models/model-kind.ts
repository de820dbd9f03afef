/** What a model id is for, judged from its name: the gateway's /models list does not say. */
export type ModelKind = "chat" | "embedding" | "image";

const embeddingPattern = /embed|bge-|e5-|gte-/i;
const imagePattern = /image|dall-e|flux|midjourney|stable-diffusion|sdxl|imagen|seedream|kolors|recraft|ideogram/i;

export function modelKind(id: string): ModelKind {
  if (embeddingPattern.test(id)) return "embedding";
  if (imagePattern.test(id)) return "image";
  return "chat";
}
