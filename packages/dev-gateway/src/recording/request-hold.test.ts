import { afterAll, beforeAll, expect, it } from "vitest";
import type { DevGateway } from "../dev-gateway.js";
import { startDevGateway } from "../start-dev-gateway.js";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway({ port: 0 });
});
afterAll(async () => {
  await gateway.close();
});

const ask = (text: string) =>
  fetch(`${gateway.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${gateway.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-5.4", messages: [{ role: "user", content: text }] }),
  }).then(async (response) => ((await response.json()) as { choices: [{ message: { content: string } }] }).choices[0].message.content);

it("holds requests until released, in the order the test chooses, and counts them in flight", async () => {
  gateway.clearRequests();
  const hold = gateway.hold();
  const finished: string[] = [];
  const answers = ["one", "two", "three"].map((text) => ask(text).then((answer) => (finished.push(answer), answer)));
  await hold.untilWaiting(3);
  expect(gateway.inFlight()).toEqual({ now: 3, peak: 3 });
  const [first, second, third] = hold.waiting;
  hold.release(third!);
  await answers[2];
  hold.release(first!);
  await answers[0];
  hold.end();
  expect(await Promise.all(answers)).toEqual(["Echo: one", "Echo: two", "Echo: three"]);
  expect(finished).toEqual(["Echo: three", "Echo: one", "Echo: two"]);
  expect(second!.request.body).toMatchObject({ messages: [{ content: "two" }] });
  // A request counts out when its answer is written; the client may read it a moment before that, so only the peak
  // is exact here.
  expect(gateway.inFlight().peak).toBe(3);
  gateway.clearRequests();
  expect(gateway.inFlight().peak).toBe(gateway.inFlight().now);
  // Ended: nothing is held any more, and a new hold may start.
  expect(await ask("four")).toBe("Echo: four");
  gateway.hold().end();
});
