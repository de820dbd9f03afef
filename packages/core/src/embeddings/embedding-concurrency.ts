/**
 * Embeddings requests in flight at once when a long input list is split into batches, in every runtime (the
 * core client, the Dify plugin's knowledge-base imports). Four hide the gateway's latency (a 200 ms round trip
 * per batch: 16 batches take 0.8 s instead of 3.2 s) while staying far from the per-key request rates that
 * answer 429.
 */
export const DEFAULT_EMBEDDING_CONCURRENCY = 4;
