"""Issue 11: every dev-gateway fault mode, with a distinctive key, through the chat model (streamed and not), the
embedding model and the image tool: no error, answer or tool message shows the key. The Node adapters run the same
search in test/hostile/key-never-leaks.test.ts.

CRAZYROUTER_LEAK_GATEWAY_URL / CRAZYROUTER_LEAK_API_KEY: a dev gateway that accepts only the distinctive key.
CRAZYROUTER_FAULT_MODES: the dev gateway's fault modes (JSON list).
"""

import base64
import json
import os
import urllib.parse

import pytest
from dify_plugin.entities.model import ModelType
from dify_plugin.entities.model.message import UserPromptMessage

from test_image_tool import run_tool

# A gateway that never answers holds the plugin until its read timeout; those modes are the core's to prove.
SILENT_MODES = {"no-headers", "slow-headers", "stall"}


def _modes() -> list[str]:
    return [mode for mode in json.loads(os.environ.get("CRAZYROUTER_FAULT_MODES", "[]")) if mode not in SILENT_MODES]


@pytest.fixture(scope="module")
def leak_key() -> str:
    key = os.environ.get("CRAZYROUTER_LEAK_API_KEY")
    if not key:
        pytest.skip("CRAZYROUTER_LEAK_API_KEY is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)")
    return key


@pytest.fixture(scope="module")
def leak_credentials(leak_key) -> dict:
    return {"api_key": leak_key, "base_url_region": "custom", "custom_base_url": os.environ["CRAZYROUTER_LEAK_GATEWAY_URL"] + "/v1"}


def _leaks(text: str, key: str) -> list[str]:
    forms = [key, json.dumps(key)[1:-1], urllib.parse.quote(key, safe=""), base64.b64encode(key.encode()).decode()]
    return [form for form in forms if form in text]


def _shown(call) -> str:
    try:
        result = call()
    except Exception as error:  # noqa: BLE001 - whatever surfaces must be free of the key
        return f"{type(error).__name__}: {error!s} {error.args!r} {error.__cause__!r}"
    return repr(result)


@pytest.mark.parametrize("mode", _modes())
def test_no_fault_shows_the_key(model_plugin, image_plugin, leak_credentials, leak_key, mode):
    # A fresh model instance per call, as the daemon makes per request: the SDK's timing context refuses a second
    # invoke on an instance whose stream ended in an error, which would hide every later call's answer.
    def llm():
        return model_plugin.get_model_instance("crazyrouter", ModelType.LLM)

    def embedding():
        return model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)

    model = f"fault-{mode}"
    hello = [UserPromptMessage(content="Reply only OK")]
    shown = [
        _shown(lambda: list(llm().invoke(model, leak_credentials, hello, {}, stream=False))),
        _shown(lambda: list(llm().invoke(model, leak_credentials, hello, {}, stream=True))),
        _shown(lambda: embedding().invoke(model, leak_credentials, ["a text"])),
        _shown(lambda: run_tool(image_plugin, leak_credentials, {"prompt": "a cat", "model": model})),
    ]
    for text in shown:
        assert "TimingContextRaceConditionError" not in text, text
        assert _leaks(text, leak_key) == [], text
