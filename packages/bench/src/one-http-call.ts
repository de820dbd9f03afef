/**
 * The floor under a one-shot `crazyrouter models`: Node starts, loads node:http, sends the same GET /models and
 * prints the ids, with nothing else. What it costs over bare `node -e 0` no CLI written for Node can save; the
 * bench prints it beside the CLI so the CLI's own share is visible.
 *
 * Usage: CRAZYROUTER_BASE_URL=... CRAZYROUTER_API_KEY=... node one-http-call.js
 */
const http = process.getBuiltinModule("node:http");
const { CRAZYROUTER_BASE_URL: baseUrl = "", CRAZYROUTER_API_KEY: apiKey = "" } = process.env;

http.get(`${baseUrl}/models`, { headers: { authorization: `Bearer ${apiKey}` } }, (response) => {
  let text = "";
  response.setEncoding("utf8");
  response.on("data", (piece: string) => (text += piece));
  response.on("end", () => {
    const { data } = JSON.parse(text) as { data: { id: string }[] };
    process.getBuiltinModule("node:fs").writeSync(1, `${data.map((model) => model.id).join("\n")}\n`);
  });
});
