import { DEFAULT_CHAT_MODEL } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

/** The docs' first validation request: short, cheap, and the answer is easy to recognise. */
export const CHAT_PROMPT = "Reply only OK";

function quote(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, " ");
  return JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine);
}

/** Step 4: a minimal chat completion that must answer with text. */
export const chatCheck: DoctorCheck = {
  id: "chat",
  title: (context) => `Chat (${context.options.chatModel})`,
  async run(context) {
    const client = context.client;
    if (!client) return { status: "skip", detail: "no client (the key check did not pass)." };
    const model = context.options.chatModel;
    try {
      const answer = await client.chat({ model, messages: [{ role: "user", content: CHAT_PROMPT }] });
      if (answer.text.trim() === "") {
        return {
          status: "fail",
          detail: `${model} answered with no text (finish reason ${answer.finishReason ?? "none"}).`,
          fix: `Try ${DEFAULT_CHAT_MODEL} to confirm the route works; some reasoning models spend a small answer budget on thinking.`,
          requestId: answer.meta.requestId,
        };
      }
      return { status: "pass", detail: `answered ${quote(answer.text)}.`, requestId: answer.meta.requestId };
    } catch (error) {
      const outcome = outcomeFromError(error);
      if (outcome.code === "forbidden_model" || outcome.code === "model_not_found") {
        context.chatModelRefusal = `the gateway refused ${model} in the chat check (${outcome.code}).`;
      }
      return outcome;
    }
  },
};
