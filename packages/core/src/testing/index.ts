/** @crazyrouter/core/testing: Node-only helpers the packages' test suites share. Never imported by shipped code. */
export { buildGoProgram } from "./build-go-program.js";
export { CORE_FIXTURES_DIR, readCoreFixture } from "./core-fixtures.js";
