"""The core's shared rule tables, run row for row against the plugin's Python: one rule, every runtime.

CRAZYROUTER_FIXTURES_DIR names packages/core/fixtures (set by src/dify-sdk.test.ts).
"""

import json
import os
from pathlib import Path

import pytest

from conftest import inside_plugin


def _rows(table: str) -> list[dict]:
    folder = os.environ.get("CRAZYROUTER_FIXTURES_DIR")
    if not folder:
        pytest.skip("CRAZYROUTER_FIXTURES_DIR is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)")
    return json.loads((Path(folder) / table).read_text(encoding="utf-8"))["rows"]


def test_the_reasoning_model_request_rule(model_plugin_dir):
    with inside_plugin(model_plugin_dir):
        from crazyrouter_common.reasoning_request_rule import apply_reasoning_model_rule

        rows = _rows("reasoning-request-rule.json")
        assert rows
        for row in rows:
            given = json.loads(json.dumps(row["request"]))
            sent, dropped = apply_reasoning_model_rule(given)
            assert (sent, dropped) == (row["sent"], row["dropped"]), row["case"]
            assert given == row["request"], row["case"]
