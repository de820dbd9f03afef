/** Far above any real generated image (a 4096x4096 PNG), low enough that a wrong link cannot fill memory or disk. */
export const IMAGE_DOWNLOAD_MAX_BYTES = 50 * 1024 * 1024;
/** Signed image links redirect once or twice; more is a loop or a probe. */
export const IMAGE_DOWNLOAD_MAX_REDIRECTS = 5;
/** One image download, redirects included; a stalled image host must not hold a tool call for long. */
export const IMAGE_DOWNLOAD_TIMEOUT_MS = 120_000;
