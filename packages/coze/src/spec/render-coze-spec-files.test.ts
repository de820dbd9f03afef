import { describe, expect, it } from "vitest";
import { renderCozeSpecFiles } from "./render-coze-spec-files.js";

describe("renderCozeSpecFiles", () => {
  it("renders the same bytes every time, each file ending in one newline", () => {
    const first = renderCozeSpecFiles();
    expect(renderCozeSpecFiles()).toEqual(first);
    for (const file of first) expect(file.contents, file.fileName).toMatch(/[^\n]\n$/);
  });

  it("names the global files plainly and the regional ones with their region", () => {
    expect(renderCozeSpecFiles().map((file) => [file.fileName, file.region])).toEqual([
      ["crazyrouter.yaml", "global"],
      ["crazyrouter.json", "global"],
      ["crazyrouter-cn.yaml", "cn"],
      ["crazyrouter-cn.json", "cn"],
    ]);
  });
});
