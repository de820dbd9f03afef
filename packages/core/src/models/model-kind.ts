/** What a model id is for, judged from its name: the gateway's /models list does not say. */
export type ModelKind = "chat" | "embedding" | "image" | "audio" | "video" | "moderation" | "rerank";

// Checked in order; the first match wins ("gpt-image-2" is an image model even though it starts like a chat one).
const kindPatterns: readonly (readonly [ModelKind, RegExp])[] = [
  ["embedding", /embed|bge-|e5-|gte-/i],
  ["rerank", /rerank/i],
  ["moderation", /moderation/i],
  ["audio", /tts|whisper|transcri|speech|audio|suno|music/i],
  ["video", /sora|veo|kling|video|hailuo/i],
  ["image", /image|dall-e|flux|midjourney|stable-diffusion|sdxl|imagen|seedream|kolors|recraft|ideogram/i],
];

export function modelKind(id: string): ModelKind {
  for (const [kind, pattern] of kindPatterns) if (pattern.test(id)) return kind;
  return "chat";
}
