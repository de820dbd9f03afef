import { DEFAULT_DEV_GATEWAY_MODELS, type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";

/** Models the vectors use beyond the docs' list: a reasoning o-model, an older chat model, the dall-e pair, ada-002. */
const VECTOR_MODELS = ["o3", "gpt-4o", "dall-e-2", "dall-e-3", "text-embedding-ada-002"];

/** The dev gateway every conformance suite sends to, knowing every model a vector names. */
export function startConformanceGateway(): Promise<DevGateway> {
  return startDevGateway({ models: [...DEFAULT_DEV_GATEWAY_MODELS, ...VECTOR_MODELS] });
}
