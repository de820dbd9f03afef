"""Conformance driver: each call of test/conformance, made as Dify's plugin daemon makes it.

CRAZYROUTER_CONFORMANCE_CALLS names a JSON list of {name, kind, request}: `request` is the JSON the daemon sends
the plugin for that call (a real end-user id, prompt messages as Dify serialises them, model_parameters as Dify's
UI produces them, stream as Dify asks). Each request is parsed by the SDK's own request models and dispatched by
the SDK's PluginExecutor, exactly as the plugin's IO server does. What reached the gateway and any error are
written to CRAZYROUTER_CONFORMANCE_RESULTS; the vitest suite (test/conformance/dify.test.ts) checks them against
the conformance table.
"""

import json
import os
from types import SimpleNamespace

import pytest
from dify_plugin.config.config import DifyPluginEnv
from dify_plugin.core.entities.plugin.request import (
    ModelInvokeLLMRequest,
    ModelInvokeTextEmbeddingRequest,
    ModelValidateProviderCredentialsRequest,
    ToolInvokeRequest,
)
from dify_plugin.core.plugin_executor import PluginExecutor

# The executor only hands the session to the plugin; our plugins read nothing from it.
_SESSION = SimpleNamespace(session_id="conformance-session", conversation_id=None, message_id=None, app_id=None)


def _calls() -> list[dict]:
    path = os.environ.get("CRAZYROUTER_CONFORMANCE_CALLS")
    if not path:
        return []
    with open(path, encoding="utf-8") as file:
        return json.load(file)


# Per kind of call: the SDK's request model, the executor method the IO server dispatches it to, which plugin
# serves it, and whether the answer is a generator read to its end.
_ROUTES = {
    "llm": (ModelInvokeLLMRequest, "invoke_llm", "model", True),
    "text_embedding": (ModelInvokeTextEmbeddingRequest, "invoke_text_embedding", "model", False),
    "tool": (ToolInvokeRequest, "invoke_tool", "image", True),
    "validate_provider": (ModelValidateProviderCredentialsRequest, "validate_model_provider_credentials", "model", False),
}


def _run(call: dict, plugins: dict, credentials: dict) -> None:
    request_model, action, plugin, streamed = _ROUTES[call["kind"]]
    request = dict(call["request"], credentials=dict(credentials, **call["request"].get("credentials", {})))
    executor = PluginExecutor(DifyPluginEnv(), plugins[plugin])
    result = getattr(executor, action)(_SESSION, request_model.model_validate(request))
    if streamed:
        for _ in result:
            pass


def test_conformance_calls(model_plugin, image_plugin, credentials, recording):
    calls = _calls()
    if not calls:
        pytest.skip("run through test/conformance/dify.test.ts")
    results = {}
    for call in calls:
        recording.clear()
        error = None
        try:
            _run(call, {"model": model_plugin, "image": image_plugin}, credentials)
        except Exception as raised:  # noqa: BLE001 - every failure is a result the suite checks
            error = f"{type(raised).__name__}: {raised}"
        results[call["name"]] = {"requests": recording.requests(), "error": error}
    with open(os.environ["CRAZYROUTER_CONFORMANCE_RESULTS"], "w", encoding="utf-8") as file:
        json.dump(results, file)
