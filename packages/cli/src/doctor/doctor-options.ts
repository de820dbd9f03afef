/** What `crazyrouter doctor` checks, from its flags. */
export interface DoctorOptions {
  chatModel: string;
  embeddingModel: string;
  imageModel: string;
  /** Vector length asked of models that accept `dimensions` (text-embedding-3-*). */
  dimensions: number;
  /** Image generation costs more than the other checks, so it runs only when asked. */
  images: boolean;
  /** Compare the public routes even when the configured base is a custom or local gateway. */
  regions: boolean;
  /** Per-step deadline, retries included. */
  timeoutMs: number;
}

export const DEFAULT_DOCTOR_TIMEOUT_MS = 30_000;
export const DEFAULT_DOCTOR_DIMENSIONS = 256;
