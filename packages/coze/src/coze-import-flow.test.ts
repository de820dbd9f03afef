/**
 * The generated files through the libraries Coze Studio's Import and edit-code flows run, at the versions its backend
 * pins (kin-openapi v0.118.0 and yaml.v3 v3.0.1, via `import-check/`): what Coze stores is what the tools then run.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { renderCozeSpecFiles } from "./spec/render-coze-spec-files.js";
import { importIntoCozeStudio } from "./testing/import-into-coze-studio.js";
import { walkValues } from "./testing/walk-schemas.js";

const files = renderCozeSpecFiles();
const FLOW_STAGES = ["import: Convert2OpenAPI", "import: RegisterPlugin", "edit code: save"];

const withExtensions = `
openapi: 3.0.3
info: { title: Extensions, description: A spec with Coze extensions, version: v1 }
servers: [{ url: "https://crazyrouter.com/v1" }]
paths:
  /embeddings:
    post:
      operationId: extensions
      summary: Hides a field and marks another as an image upload.
      x-auth-mode: Disabled
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                encoding_format: { type: string, default: float, x-global-disable: true }
                picture: { type: string, x-assist-type: image }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: object, properties: { ok: { type: string } } } } } }
`;

describe.each(files)("$fileName", ({ contents, fileName }) => {
  const result = importIntoCozeStudio(contents);

  it("loads and validates with kin-openapi in the Import flow and after saving in the edit-code view", () => {
    expect(result.stages).toEqual(FLOW_STAGES.map((name) => ({ name })));
  });

  it("is stored with nothing lost on the way in", () => {
    const written = fileName.endsWith(".json") ? JSON.parse(contents) : parse(contents);
    expect(result.stored).toEqual(written);
  });
});

describe("the import flows", () => {
  it("refuse a document kin-openapi cannot read, naming the step", () => {
    const typeList = files[0]?.contents.replace("type: string", 'type: [string, "null"]') ?? "";
    const [first] = importIntoCozeStudio(typeList).stages;
    expect(first?.name).toBe("import: Convert2OpenAPI");
    expect(first?.error).toMatch(/^load: /);
  });

  it("drop every x- extension (yaml.v3 skips kin-openapi's Extensions), so the generated spec uses none", () => {
    const stored = importIntoCozeStudio(withExtensions).stored;
    expect(walkValues(stored).filter(({ key }) => key.startsWith("x-"))).toEqual([]);
    expect(
      walkValues(parse(withExtensions))
        .map(({ key }) => key)
        .filter((key) => key.startsWith("x-")),
    ).toHaveLength(3);
    for (const file of files)
      expect(
        walkValues(parse(file.contents)).filter(({ key }) => key.startsWith("x-")),
        file.fileName,
      ).toEqual([]);
  });
});
