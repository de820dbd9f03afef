/**
 * Test helpers for suites outside this package (the conformance suite): Coze Studio's import flow run by the real
 * libraries, and tool runs sent to the dev gateway.
 */
export { importIntoCozeStudio, buildImportCheck, type CozeStudioImport } from "./import-into-coze-studio.js";
export { generatedStoredSpec, specBeforeRuntimeRules } from "./coze-documents.js";
export { COZE_TEST_USER_ID, runAgainstDevGateway, sendToDevGateway } from "./coze-tool-runner.js";
