/** @crazyrouter/core/testing: Node-only helpers the packages' test suites share. Never imported by shipped code. */
export { buildGoProgram } from "./build-go-program.js";
export { listTarball, readTarballFile } from "./read-tarball-file.js";
export { createFakeTimers, errorOf, type FakeTimers, type Settled } from "./fake-timers.js";
export { jsonMutations } from "./json-mutations.js";
