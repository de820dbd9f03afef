import { expect, test } from "vitest";
import { chatModelIds, embeddingModelIds } from "./chat-model-ids.js";

test("keeps chat models, default first, and drops embedding, image, audio and video models", () => {
  const ids = [
    "claude-sonnet-4-6",
    "dall-e-3",
    "deepseek-v3",
    "gpt-5.4",
    "gpt-image-2",
    "qwen-image",
    "sora-2",
    "text-embedding-3-small",
    "tts-1",
    "whisper-1",
  ];
  expect(chatModelIds(ids)).toEqual(["gpt-5.4", "claude-sonnet-4-6", "deepseek-v3"]);
  expect(embeddingModelIds(ids)).toEqual(["text-embedding-3-small"]);
});
