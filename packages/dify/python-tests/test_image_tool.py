"""The image tool driven as Dify drives it: provider validation, then invoke() yielding messages."""

import base64

import pytest
from dify_plugin.entities.tool import ToolInvokeMessage
from dify_plugin.errors.tool import ToolProviderCredentialValidationError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def tool_credentials(credentials):
    return credentials


def run_tool(image_plugin, credentials, parameters):
    tool_class = image_plugin.get_tool_cls("crazyrouter_image", "generate_image")
    return list(tool_class.from_credentials(credentials).invoke(parameters))


def test_provider_validates_key(image_plugin, tool_credentials, api_key):
    provider = image_plugin.get_tool_provider_cls("crazyrouter_image")()
    provider.validate_credentials(tool_credentials)
    with pytest.raises(ToolProviderCredentialValidationError) as raised:
        provider.validate_credentials(dict(tool_credentials, api_key="sk-not-a-real-key-123456"))
    assert "create a new sk-... key" in str(raised.value)
    assert "sk-not-a-real-key-123456" not in str(raised.value)


def test_generates_blob_and_link(image_plugin, tool_credentials, recording):
    messages = run_tool(image_plugin, tool_credentials, {"prompt": "a red bicycle", "size": "256x256", "n": 1})
    kinds = [message.type for message in messages]
    assert ToolInvokeMessage.MessageType.BLOB in kinds
    assert ToolInvokeMessage.MessageType.LINK in kinds
    blob = next(message for message in messages if message.type == ToolInvokeMessage.MessageType.BLOB)
    assert blob.message.blob.startswith(PNG_SIGNATURE)
    assert blob.meta["mime_type"] == "image/png"
    link = next(message for message in messages if message.type == ToolInvokeMessage.MessageType.LINK)
    assert link.message.text.startswith("http")
    [request] = [item for item in recording.requests() if item["path"] == "/v1/images/generations"]
    assert request["body"] == {"model": "gpt-image-2", "prompt": "a red bicycle", "size": "256x256", "n": 1}


def test_model_that_rejects_response_format_works(image_plugin, tool_credentials):
    messages = run_tool(image_plugin, tool_credentials, {"prompt": "a cat", "model": "qwen-image"})
    assert any(message.type == ToolInvokeMessage.MessageType.BLOB for message in messages)


def test_base64_answers_become_blobs(image_plugin, tool_credentials, monkeypatch):
    # The client class the tool's own code uses (its module may have been unloaded from sys.modules since).
    client_class = image_plugin.get_tool_cls("crazyrouter_image", "generate_image")._invoke.__globals__["GatewayClient"]
    png = PNG_SIGNATURE + b"rest-of-a-png"

    def fake_post_json(self, path, body):
        return {"data": [{"b64_json": base64.b64encode(png).decode()}]}

    monkeypatch.setattr(client_class, "post_json", fake_post_json)
    messages = run_tool(image_plugin, tool_credentials, {"prompt": "a cat"})
    blob = next(message for message in messages if message.type == ToolInvokeMessage.MessageType.BLOB)
    assert blob.message.blob == png
    assert not any(message.type == ToolInvokeMessage.MessageType.LINK for message in messages)


def test_fault_carries_hint(image_plugin, tool_credentials):
    with pytest.raises(Exception) as raised:
        run_tool(image_plugin, tool_credentials, {"prompt": "a cat", "model": "fault-524"})
    assert "524" in str(raised.value) and "streaming" in str(raised.value)
