"""The core's shared rule tables (packages/core/fixtures/*.json), row for row, against the plugin's Python.

Each row is one test, so the pass count per table is how far the Python agrees with the core. The tables are
read from CRAZYROUTER_FIXTURES_DIR (set by src/dify-sdk.test.ts to the core package's fixtures folder).
"""

import importlib
import json
import os
from pathlib import Path

import pytest

from conftest import inside_plugin

_FIXTURES_DIR = os.environ.get("CRAZYROUTER_FIXTURES_DIR")
if not _FIXTURES_DIR:
    pytest.skip("CRAZYROUTER_FIXTURES_DIR is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)", allow_module_level=True)


def _rows(name: str) -> list:
    rows = json.loads((Path(_FIXTURES_DIR) / f"{name}.json").read_text(encoding="utf-8"))["rows"]
    return [pytest.param(row, id=row.get("case") or row.get("model") or "(empty)") for row in rows]


@pytest.fixture(scope="module")
def common(model_plugin_dir):
    """The plugin's crazyrouter_common modules, imported from the generated plugin folder as Dify does."""
    with inside_plugin(model_plugin_dir):
        names = ("base_url", "api_key", "errors", "reasoning", "retry_policy", "gateway_constants")
        return {name: importlib.import_module(f"crazyrouter_common.{name}") for name in names}


def _result_or_reason(check, error_type, value):
    """The check's result and None, or None and the reason it refused the value."""
    try:
        return check(value), None
    except error_type as error:
        return None, error.reason


@pytest.mark.parametrize("row", _rows("base-url"))
def test_base_url(common, row):
    base_url = common["base_url"]
    result, reason = _result_or_reason(base_url.check_base_url, base_url.BaseUrlError, row["input"])
    assert reason == row.get("refused")
    if result:
        assert (result.base_url, result.root, result.changes) == (row["baseUrl"], row["root"], row["changes"])


@pytest.mark.parametrize("row", _rows("api-key"))
def test_api_key(common, row):
    api_key = common["api_key"]
    result, reason = _result_or_reason(api_key.check_api_key, api_key.ApiKeyError, row["input"])
    assert reason == row.get("refused")
    if result:
        assert (result.api_key, result.changes) == (row["apiKey"], row["changes"])


@pytest.mark.parametrize("row", _rows("http-errors"))
def test_http_error(common, row):
    constants = common["gateway_constants"]
    error = common["errors"].classify_http_error(row["status"], row["body"], row.get("headers", {}))
    hint = constants.FIX_HINTS.get(row["hint"]) or constants.SITUATION_HINTS[row["hint"]]
    assert (error.code, error.retryable, error.hint, error.status) == (row["code"], row["retryable"], hint, row["status"])
    for field, attribute in (("requestId", "request_id"), ("gatewayCode", "gateway_code"), ("message", "message")):
        if field in row:
            assert getattr(error, attribute) == row[field]


@pytest.mark.parametrize("row", _rows("redaction"))
def test_redaction(common, row):
    assert common["errors"].redact(row["text"], *row["secrets"]) == row["redacted"]


@pytest.mark.parametrize("row", _rows("reasoning-models"))
def test_reasoning_model(common, row):
    assert common["reasoning"].is_reasoning_model(row["model"]) is row["reasoning"]


@pytest.mark.parametrize("row", _rows("retry-delay"))
def test_retry_delay(common, row):
    retry_policy = common["retry_policy"]
    retry_after = retry_policy.parse_retry_after(row["headers"], row["nowEpochMs"] / 1000)
    delay = retry_policy.backoff_delay(row["retryNumber"], lambda: row["random"], retry_after)
    assert delay * 1000 == pytest.approx(row["delayMs"])
