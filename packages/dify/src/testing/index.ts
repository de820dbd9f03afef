/** Test helpers shared by this package's suites and the cross-package conformance suite. */
export { buildSignatureCheck, uploadToDaemon, type DaemonSignatureSettings, type DaemonUpload } from "./daemon-signature-check.js";
export { ensureDifySdkPython, TEST_REQUIREMENTS } from "./dify-sdk-python.js";
export { DAEMON_RUNTIME, difySdkMatrix, lowestAdmittedDifyPlugin, NEWEST_DIFY_PLUGIN, type DifySdkRuntime } from "./dify-sdk-runtimes.js";
export { findPython } from "./find-python.js";
export { ensurePythonVenv, type PythonVenv } from "./python-venv.js";
export { pythonTestsDir, runPytest, type PytestRun } from "./run-pytest.js";
