"""Conformance: each vector's logical call, made through the plugin classes, must put exactly the expected
request on the wire (method, path, authorization and content-type headers, JSON body).

CRAZYROUTER_CONFORMANCE_VECTORS names a JSON file with the vectors of test/conformance/vectors.ts.
"""

import json
import os

import pytest
from dify_plugin.entities.model import ModelType
from dify_plugin.entities.model.message import (
    AssistantPromptMessage,
    SystemPromptMessage,
    UserPromptMessage,
)

from conftest import recorded_header

API_KEY_PLACEHOLDER = "<api-key>"
_MESSAGE_TYPES = {"system": SystemPromptMessage, "user": UserPromptMessage, "assistant": AssistantPromptMessage}


def _vectors() -> list[dict]:
    path = os.environ.get("CRAZYROUTER_CONFORMANCE_VECTORS")
    if not path:
        return []
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def _chat(model_plugin, credentials, call):
    llm = model_plugin.get_model_instance("crazyrouter", ModelType.LLM)
    messages = [_MESSAGE_TYPES[message["role"]](content=message["content"]) for message in call["messages"]]
    parameters = {key: value for key, value in call.items() if key not in ("model", "messages", "stream", "stop", "user")}
    list(llm.invoke(call["model"], credentials, messages, parameters, stop=call.get("stop"), stream=False, user=call.get("user")))


def _embeddings(model_plugin, credentials, call):
    embedding = model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)
    if call.get("encoding_format", "float") != "float":
        pytest.fail("the Dify plugin always asks for float vectors (Dify stores float lists)")
    texts = call["input"] if isinstance(call["input"], list) else [call["input"]]
    extra = {"dimensions": str(call["dimensions"])} if "dimensions" in call else {}
    embedding.invoke(call["model"], dict(credentials, **extra), texts, user=call.get("user"))


def _image(image_plugin, credentials, call):
    tool_class = image_plugin.get_tool_cls("crazyrouter_image", "generate_image")
    list(tool_class.from_credentials(credentials).invoke(dict(call)))


def _list_models(model_plugin, credentials, call):
    model_plugin.get_model_provider_instance("crazyrouter").validate_provider_credentials(credentials)


@pytest.mark.parametrize("vector", _vectors(), ids=lambda vector: vector["name"])
def test_vector(vector, model_plugin, image_plugin, credentials, recording, api_key):
    operation = vector["operation"]
    if operation == "chat_completions":
        _chat(model_plugin, credentials, vector["input"])
    elif operation == "embeddings":
        _embeddings(model_plugin, credentials, vector["input"])
    elif operation == "image_generation":
        _image(image_plugin, credentials, vector["input"])
    elif operation == "list_models":
        _list_models(model_plugin, credentials, vector["input"])
    else:
        pytest.fail(f"no Dify route for operation {operation}")
    expected = vector["expected"]
    sent = [request for request in recording.requests() if request["path"] == expected["path"]]
    assert len(sent) == 1, f"expected one request to {expected['path']}, got {[r['path'] for r in recording.requests()]}"
    request = sent[0]
    assert request["method"] == expected["method"]
    for name, value in expected["headers"].items():
        sent_value = (request["headers"].get(name) or "").split(";")[0]
        assert sent_value == recorded_header(name, value.replace(API_KEY_PLACEHOLDER, api_key)), name
    assert request.get("body") == expected.get("body")


def test_vectors_were_given():
    if not os.environ.get("CRAZYROUTER_CONFORMANCE_VECTORS"):
        pytest.skip("run through test/conformance/dify.test.ts")
    assert _vectors()
