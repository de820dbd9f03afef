"""The image tool driven as Dify drives it: provider validation, then invoke() yielding messages."""

import base64
import socket

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
    # The tool's own error class lives in the loaded plugin, so the message is what identifies it.
    with pytest.raises(Exception, match="524") as raised:
        run_tool(image_plugin, tool_credentials, {"prompt": "a cat", "model": "fault-524"})
    assert "streaming" in str(raised.value)


def _texts(messages) -> str:
    return "\n".join(message.message.text for message in messages if message.type == ToolInvokeMessage.MessageType.TEXT)


def _blobs(messages) -> list:
    return [message for message in messages if message.type == ToolInvokeMessage.MessageType.BLOB]


def _links(messages) -> list[str]:
    return [message.message.text for message in messages if message.type == ToolInvokeMessage.MessageType.LINK]


def test_hostile_links_are_not_downloaded(image_plugin, hostile, hostile_internal_port):
    hostile.answer_images(
        [
            {"url": "{internal}/secret.png"},
            {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"},
            {"url": f"http://[::ffff:127.0.0.1]:{hostile_internal_port}/secret.png"},
            {"url": "{gateway}/images/redirect-internal"},
            {"url": "{gateway}/images/redirect-metadata"},
            {"url": "{gateway}/images/page.png"},
            {"url": "{gateway}/images/huge.png"},
            {"url": "{gateway}/images/redirect-ok"},
            {"b64_json": base64.b64encode(b"<html>not an image</html>").decode()},
        ]
    )
    messages = run_tool(image_plugin, hostile.credentials(), {"prompt": "a lighthouse"})
    state = hostile.state()
    assert state["internalHits"] == []
    blobs = _blobs(messages)
    assert [blob.meta["filename"] for blob in blobs] == ["image-8.png"]
    assert blobs[0].message.blob.startswith(PNG_SIGNATURE)
    assert len(_links(messages)) == 8
    text = _texts(messages)
    assert "Image 1 was not downloaded: 127.0.0.1 is a loopback address (this machine). Open its link if you trust it." in text
    assert "Image 2 was not downloaded: 169.254.169.254 is a link-local address" in text
    assert "Image 3 was not downloaded: [::ffff:7f00:1] is a loopback address" in text
    assert "Image 4 was not downloaded: after 1 redirect, 127.0.0.1 is a loopback address" in text
    assert "Image 5 was not downloaded: after 1 redirect, 169.254.169.254 is a link-local address" in text
    assert "Image 6 was not downloaded: the bytes are not a PNG, JPEG, GIF or WebP image (the host called them image/png)" in text
    assert "Image 7 was not downloaded: the image is over the 52428800-byte download limit" in text
    assert "Image 9 was not downloaded: the bytes are not a PNG, JPEG, GIF or WebP image." in text
    assert state["huge"]["closedEarly"] is True
    assert all(download.get("authorization") is None for download in state["downloads"])


def _fake_getaddrinfo(answers: dict[str, list[str]], calls: list[str]):
    """A resolver for the test's names (each call takes the next answer); IP literals resolve to themselves."""

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002 - getaddrinfo's own names
        if host in answers:
            calls.append(host)
            address = answers[host][min(calls.count(host), len(answers[host])) - 1]
        else:
            address = host
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    return getaddrinfo


def test_a_name_resolving_to_an_internal_address_is_refused(image_plugin, hostile, hostile_internal_port, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_getaddrinfo({"images.example.test": ["127.0.0.1"]}, calls))
    hostile.answer_images([{"url": f"http://images.example.test:{hostile_internal_port}/secret.png"}])
    messages = run_tool(image_plugin, hostile.credentials(), {"prompt": "a lighthouse"})
    assert hostile.state()["internalHits"] == []
    assert not _blobs(messages)
    assert "Image 1 was not downloaded: images.example.test resolves to 127.0.0.1, a loopback address (this machine)." in _texts(messages)


def test_the_connection_goes_to_the_checked_address(image_plugin, hostile, hostile_internal_port, monkeypatch):
    # A rebinding DNS answer: public when checked, the internal server's address on any later lookup. The
    # download must connect to the address it checked; this test lets no connection leave the machine.
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_getaddrinfo({"images.rebind.test": ["93.184.216.34", "127.0.0.1"]}, calls))
    attempted: list[tuple] = []
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        if address[0] not in ("127.0.0.1", "::1"):
            attempted.append(address[:2])
            raise OSError(101, "test: no connections leave this machine")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    hostile.answer_images([{"url": f"http://images.rebind.test:{hostile_internal_port}/secret.png"}])
    messages = run_tool(image_plugin, hostile.credentials(), {"prompt": "a lighthouse"})
    assert hostile.state()["internalHits"] == []
    assert calls == ["images.rebind.test"]
    assert attempted == [("93.184.216.34", int(hostile_internal_port))]
    assert "Image 1 was not downloaded: the image host could not be reached" in _texts(messages)
