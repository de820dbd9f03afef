import { formatBaseUrlForClient } from "@crazyrouter/core";
import { chatModelIds, embeddingModelIds } from "../chat-model-ids.js";
import type { DifyArtifacts } from "../dify-artifacts.js";
import type { SetupClient } from "../setup-client.js";
import type { SetupContext } from "../setup-context.js";

/**
 * The plugin's credential form as the generated plugins declare it, one line per field in its order and with its
 * own labels: the key, the region select (its preset for a public route, else its custom option) and the custom
 * base URL field. Read from the generator, so the printed form cannot drift from what Dify shows.
 */
function formLines(context: SetupContext, dify: DifyArtifacts): string[] {
  const base = formatBaseUrlForClient(context.normalized, "dify");
  const choice = context.region ?? dify.customOption;
  return dify.form.map((field) => {
    const label = field.label.en_US;
    if (field.type === "secret-input") return `${label}: ${context.key.value}`;
    if (field.type === "select") {
      const option = field.options?.find((candidate) => candidate.value === choice);
      return `${label}: ${option?.label.en_US ?? choice}`;
    }
    return `${label}: ${context.region ? "(leave empty: the region above sets the URL)" : base}`;
  });
}

function signatureLines(dify: DifyArtifacts): string[] {
  if (dify.publicKey) {
    return [
      `The packages are signed; their public key is ${dify.publicKey}. A Dify host with default settings refuses them until it trusts that key:`,
      "copy it to the host and set THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<its path there> for the plugin daemon,",
      "or set FORCE_VERIFYING_SIGNATURE=false; then restart (examples/dify/README.md, step 2).",
    ];
  }
  return [
    'The packages are unsigned, so a Dify host with default settings refuses them ("bad signature"): it must set FORCE_VERIFYING_SIGNATURE=false',
    "(docker/.env, for the plugin daemon) and restart. To keep verification on, sign them: crazyrouter generate --dify-signing-key FILE (examples/dify/README.md).",
  ];
}

/** Dify: install the generated plugin packages, then fill in the plugin's own credential form. */
export const dify: SetupClient = {
  id: "dify",
  title: "Dify",
  summary: "the plugin packages to install (artifacts/dify/*.difypkg), whether they are signed, and the plugin's credential form",
  usesModelList: true,
  render(context) {
    const artifacts = context.dify;
    if (!artifacts) throw new Error("setup dify needs the Dify artifacts in its context");
    const base = formatBaseUrlForClient(context.normalized, "dify");
    const packages =
      artifacts.packages.length > 0
        ? artifacts.packages.map((file) => `  ${file}${/image/.test(file) ? "   (image generation tool)" : "   (chat and embedding models)"}`)
        : ["  none found under artifacts/dify yet: run `crazyrouter generate` first, it writes artifacts/dify/*.difypkg"];
    const embeddings = embeddingModelIds(context.models.ids);
    return [
      "1. Install the plugins: Plugins, Install plugin, Local package file:",
      ...packages,
      ...(artifacts.packages.length > 0 ? signatureLines(artifacts) : []),
      "",
      "2. Settings, Model Provider, Crazyrouter, Setup (a workspace admin or owner can see it); the plugin's form:",
      "",
      ...formLines(context, artifacts),
      "",
      "The Crazyrouter Image tool's Authorize form has the same fields. Saving checks the key with one GET /models call.",
      `Without the plugins, Dify's OpenAI-API-compatible provider takes the key and API endpoint URL ${base} (the /v1 form: the root domain or a full endpoint URL answers 404).`,
      "",
      `3. Add one LLM first, ${context.chatModel}, and check it with a Chat app answering "Reply only OK"; add embeddings after that` +
        (embeddings.length > 0 ? ` (${embeddings.join(", ")}).` : " (text-embedding-3-small or -large, if the key allows them)."),
      `Chat models this key offers: ${chatModelIds(context.models.ids).join(", ")}.`,
    ].join("\n");
  },
};
