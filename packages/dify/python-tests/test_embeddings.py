"""Embeddings through the SDK's invoke(): vector lengths, batching up to the gateway's limit, base64 on the wire."""

import json
import urllib.request
from array import array

import pytest
from dify_plugin.entities.model import ModelType


@pytest.fixture
def embedding(model_plugin):
    return model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)


def embedding_requests(recording):
    return [request for request in recording.requests() if request["path"] == "/v1/embeddings"]


@pytest.mark.parametrize(("model", "length"), [("text-embedding-3-small", 1536), ("text-embedding-3-large", 3072)])
def test_vector_lengths(embedding, credentials, recording, model, length):
    result = embedding.invoke(model, credentials, ["first text", "second text"])
    assert [len(vector) for vector in result.embeddings] == [length, length]
    assert result.usage.total_tokens > 0
    [request] = embedding_requests(recording)
    assert request["body"] == {"model": model, "input": ["first text", "second text"], "encoding_format": "base64"}


def test_batches_at_the_gateway_limit(embedding, credentials, recording):
    texts = [f"text number {index}" for index in range(2049)]
    result = embedding.invoke("text-embedding-3-small", dict(credentials, dimensions="8"), texts)
    assert len(result.embeddings) == 2049
    assert len(result.embeddings[0]) == 8
    assert [len(request["body"]["input"]) for request in embedding_requests(recording)] == [2048, 1]


def test_custom_model_uses_configured_batch_size(embedding, credentials, recording):
    custom = dict(credentials, max_chunks="2", context_size="512")
    result = embedding.invoke("custom-embedding", custom, ["a", "b", "c", "d", "e"])
    assert len(result.embeddings) == 5
    assert [len(request["body"]["input"]) for request in embedding_requests(recording)] == [2, 2, 1]


def test_validate_credentials(embedding, credentials):
    embedding.validate_credentials("text-embedding-3-large", credentials)


def test_base64_vectors_are_the_float_vectors_bit_for_bit(embedding, credentials, gateway_url, api_key):
    result = embedding.invoke("text-embedding-3-small", credentials, ["first text"])
    request = urllib.request.Request(
        gateway_url + "/v1/embeddings",
        data=json.dumps({"model": "text-embedding-3-small", "input": ["first text"], "encoding_format": "float"}).encode(),
        headers={"authorization": f"Bearer {api_key}", "content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        floats = json.loads(response.read())["data"][0]["embedding"]
    assert array("f", floats).tobytes() == array("f", result.embeddings[0]).tobytes()


def test_the_dify_user_id_is_never_sent(embedding, credentials, recording):
    embedding.invoke("text-embedding-3-small", credentials, ["a text"], user="dify-end-user-42")
    [request] = embedding_requests(recording)
    assert "user" not in request["body"]
