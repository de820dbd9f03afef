import type { OpenAPIObject } from "openapi3-ts/oas30";
import { parse } from "yaml";
import { renderCozeSpecFiles } from "../spec/render-coze-spec-files.js";

export interface GeneratedDocument {
  fileName: string;
  document: OpenAPIObject;
}

/** Every generated file, parsed back from the exact text that is written, as Coze would read it. */
export function generatedDocuments(): GeneratedDocument[] {
  return renderCozeSpecFiles().map((file) => ({
    fileName: file.fileName,
    document: (file.fileName.endsWith(".json") ? JSON.parse(file.contents) : parse(file.contents)) as OpenAPIObject,
  }));
}
