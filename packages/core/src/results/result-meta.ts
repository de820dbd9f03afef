/** Which route answered, for logs and for users who enabled failover. */
export interface ResultMeta {
  requestId: string | undefined;
  status: number;
  baseUrl: string;
  model: string | undefined;
  /** Attempts made across retries and fallbacks, the successful one included. */
  attempts: number;
}
