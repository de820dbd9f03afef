import { DEFAULT_CHAT_MODEL } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";
import { CHAT_PROMPT } from "./chat-check.js";

/** Step 5: a streamed answer: chunks arrive, the stream ends with [DONE], and usage is reported. */
export const streamCheck: DoctorCheck = {
  id: "stream",
  title: (context) => `Streaming (${context.options.chatModel})`,
  async run(context) {
    const client = context.client;
    if (!client) return { status: "skip", detail: "no client (the key check did not pass)." };
    if (context.chatModelRefusal) return { status: "skip", detail: `skipped: ${context.chatModelRefusal}` };
    let chunks = 0;
    let usage: { total_tokens?: number | undefined } | undefined;
    let requestId: string | undefined;
    let format: string | undefined;
    try {
      const stream = await client.streamChat({ model: context.options.chatModel, messages: [{ role: "user", content: CHAT_PROMPT }] });
      requestId = stream.meta.requestId;
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta?.content) chunks++;
        if (chunk.usage) usage = chunk.usage;
      }
      format = stream.format;
    } catch (error) {
      const outcome = outcomeFromError(error, chunks > 0 ? `after ${chunks} chunk${chunks === 1 ? "" : "s"}: ` : "");
      // A stream that breaks off says nothing about whether the gateway is reachable: later checks still run.
      return { ...outcome, requestId: outcome.requestId ?? requestId, stopReason: undefined };
    }
    if (chunks === 0) {
      return {
        status: "fail",
        detail: "the stream ended properly but carried no text.",
        fix: `Try ${DEFAULT_CHAT_MODEL}; if it happens there too, report it with the request id.`,
        requestId,
      };
    }
    if (format === "json") {
      return {
        status: "warn",
        detail: "the gateway answered one JSON completion instead of a stream (it ignored stream: true); the CLI read it as one chunk.",
        fix: "Clients that need a real stream (NextChat, Cherry Studio, SDKs with stream: true) may fail or wait for the whole answer. Check that the base URL reaches the gateway directly and not a proxy that buffers or rewrites answers; report the request id if it does.",
        requestId,
      };
    }
    const received = `${chunks} chunk${chunks === 1 ? "" : "s"}, ended with [DONE]`;
    if (!usage) {
      return {
        status: "warn",
        detail: `${received}, but no usage was reported.`,
        fix: "Clients that count streamed tokens (Dify, NextChat) will show 0. The CLI asks for stream_options.include_usage; report the request id if the gateway ignores it.",
        requestId,
      };
    }
    return { status: "pass", detail: `${received}, usage reported (${usage.total_tokens ?? "?"} tokens).`, requestId };
  },
};
