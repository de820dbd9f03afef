/** The key the dev gateway accepts when no `apiKeys` are given; shaped like a real key so clients accept it. */
export const DEV_GATEWAY_API_KEY = "sk-dev-crazyrouter-local";
