import { describe, expect, it } from "vitest";
import { EventTemplate } from "./event-template.js";

// The judge is JSON.parse: every event read through the template must equal what JSON.parse makes of it, key
// order and own keys included (compared as JSON text and structurally), whichever way it was read.
function readAll(texts: readonly string[]): { values: unknown[]; fromTemplate: number } {
  const template = new EventTemplate();
  const values: unknown[] = [];
  let fromTemplate = 0;
  for (const text of texts) {
    let value = template.parse(text);
    if (value === undefined) {
      value = JSON.parse(text);
      template.learn(text, value);
    } else {
      fromTemplate += 1;
    }
    values.push(value);
  }
  return { values, fromTemplate };
}

function expectAsJsonParse(texts: readonly string[]): number {
  const { values, fromTemplate } = readAll(texts);
  for (const [index, text] of texts.entries()) {
    const expected = JSON.parse(text) as unknown;
    expect(JSON.stringify(values[index]), text).toBe(JSON.stringify(expected));
    expect(values[index], text).toStrictEqual(expected);
  }
  return fromTemplate;
}

const chunk = (content: string, extra = "") =>
  `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1796025713,"model":"gpt-5.4","choices":[{"index":0,"delta":{"content":${JSON.stringify(content)}},"logprobs":null,"finish_reason":null}]${extra},"usage":null}`;

const words = ["Explain ", "how ", "one ", "gateway ", "key ", "reaches ", "many ", "models: ", "", "routing, ", "模型 ", "🙂 "];

describe("EventTemplate", () => {
  it("reads a chat stream whose chunks differ in their text from the template, as JSON.parse does", () => {
    const texts = [chunk(""), ...Array.from({ length: 200 }, (_, index) => chunk(words[index % words.length]!)), chunk("", ',"extra":{"a":[1,{}]}')];
    const fromTemplate = expectAsJsonParse(texts);
    // Two chunks teach the template; every chunk after them with a plain text fits it.
    expect(fromTemplate).toBeGreaterThanOrEqual(texts.length - 4);
  });

  it("leaves to JSON.parse what it cannot be sure of, and still agrees with it", () => {
    const cases: Record<string, string[]> = {
      "text with a quote, a backslash or a control character": [
        chunk("a"),
        chunk("b"),
        chunk('say "hi"'),
        chunk("back\\slash"),
        chunk("line\nfeed"),
        chunk("c"),
      ],
      "the key repeated after the value that changes": ["a", "b", "c"].map((text) => `{"delta":{"content":"${text}","content":"fixed"}}`),
      "the key repeated, the earlier value the one that changes": [`{"c":"X","c":"B"}`, `{"c":"B","c":"B"}`, `{"c":"Z","c":"B"}`],
      "the key repeated, the later event's value the one that stays": [`{"c":"A","c":"A"}`, `{"c":"B","c":"A"}`, `{"c":"Z","c":"A"}`],
      "a key that changes instead of a value": ["a", "b", "c"].map((text) => `{"delta":{"${text}":"same"}}`),
      "two values that change together": ["a", "b", "c"].map((text) => `{"one":"${text}","two":"${text}"}`),
      "a number that changes": ["1", "2", "3"].map((number) => `{"created":${number},"content":"x"}`),
      "a __proto__ key": ["a", "b", "c"].map((text) => `{"__proto__":{"polluted":true},"content":"${text}"}`),
      "an escaped quote before the value": ["a", "b", "c"].map((text) => `{"note":"say \\"hi\\"","content":"${text}"}`),
      "identical events": [chunk("same"), chunk("same"), chunk("same")],
    };
    for (const [name, texts] of Object.entries(cases)) expect(() => expectAsJsonParse(texts), name).not.toThrow();
  });

  it("learns the changing string wherever it sits: nested, in arrays, beside empty containers, the whole event", () => {
    const cases: Record<string, string[]> = {
      "whitespace and nesting around the value": ["a", "bb", "", "c"].map((text) => `{ "list" : [ 1 , { } , [ "${text}" ] ] , "end" : true }`),
      "arrays and empty containers beside it": ["a", "b", "c", "d"].map((text) => `[[],{},[{"x":[null,"${text}",false]}],-0,1e400]`),
      "a text that is all of the event": ["a", "b", "c", "d"].map((text) => `"${text}"`),
      "a backslash elsewhere in the event": ["a", "b", "c", "d"].map((text) => `{"note":"a\\\\b\\n","content":"${text}"}`),
    };
    for (const [name, texts] of Object.entries(cases)) expect(expectAsJsonParse(texts), name).toBe(2);
  });

  it("stops learning after 16 events learned from with no answer, so a stream no template fits pays for no more tries", () => {
    // 15 events give 14 tries, the step to the next event one more and the next the 16th; 16 events use them up.
    const numbers = Array.from({ length: 16 }, (_, index) => `{"created":${index},"content":"x"}`);
    const texts = ["a", "b", "c"].map((text) => `{"created":99,"content":"${text}"}`);
    expect(readAll([...numbers.slice(0, 15), ...texts]).fromTemplate).toBe(1);
    expect(readAll([...numbers, ...texts]).fromTemplate).toBe(0);
    // Each answer starts the count again: a stream the template serves keeps learning past 16 other events.
    const at = (created: number, text: string) => `{"created":${created},"content":${JSON.stringify(text)}}`;
    const served = [at(1, "a"), at(1, "b"), ...Array.from({ length: 20 }, () => [at(1, "c"), at(1, 'q"')]).flat(), at(2, "d"), at(2, "e"), at(2, "f")];
    expect(readAll(served).fromTemplate).toBe(21);
  });

  it("answers nothing for a text too short to hold both ends, which is no JSON at all", () => {
    const template = new EventTemplate();
    for (const text of [`{"c":"a"}`, `{"c":"b"}`]) template.learn(text, JSON.parse(text));
    expect(template.parse(`{"c":"x"}`)).toEqual({ c: "x" });
    expect(template.parse(`{"c":"}`)).toBeUndefined();
  });

  it("answers with a fresh value each time: changing one read value changes no later one", () => {
    const template = new EventTemplate();
    for (const text of [chunk("a"), chunk("b")]) {
      const learned = JSON.parse(text) as { model: string };
      template.learn(text, learned);
      learned.model = "changed by the caller";
    }
    const first = template.parse(chunk("c")) as { choices: { delta: { content: string } }[] };
    first.choices[0]!.delta.content = "changed";
    first.choices.push({ delta: { content: "added" } });
    expect(template.parse(chunk("d"))).toStrictEqual(JSON.parse(chunk("d")));
  });

  it("agrees with JSON.parse on streams changed at random characters", () => {
    // Deterministic: a small linear congruential generator, so a failure names a reproducible case.
    let seed = 29;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const replacements = ['"', "\\\\", ":", ",", " ", "{", "}", "[", "]", "a", "1", "é"];
    for (let round = 0; round < 300; round += 1) {
      const texts: string[] = [];
      for (let index = 0; index < 8; index += 1) {
        const characters = [...chunk(words[random(words.length)]!)];
        if (random(3) === 0) characters[random(characters.length)] = replacements[random(replacements.length)]!;
        const text = characters.join("");
        if (isJson(text)) texts.push(text);
      }
      expectAsJsonParse(texts);
    }
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
