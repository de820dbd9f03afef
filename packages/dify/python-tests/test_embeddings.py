"""Embeddings through the SDK's invoke(): vector lengths, batching up to the gateway's limit, batches in parallel up to
a bound with their order kept, base64 on the wire."""

import base64
import json
import sys
import threading
import urllib.request
import zlib
from array import array
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from dify_plugin.entities.model import ModelType
from dify_plugin.entities.model.text_embedding import TextEmbeddingResult
from dify_plugin.errors.model import InvokeError, InvokeRateLimitError
from test_rate_limit_gate import FakeClock


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
    # The result is built without validation: it must be what the SDK's own model makes of it, Python floats.
    assert TextEmbeddingResult.model_validate(result.model_dump()) == result
    assert {type(value) for vector in result.embeddings for value in vector} == {float}
    [request] = embedding_requests(recording)
    assert request["body"] == {"model": model, "input": ["first text", "second text"], "encoding_format": "base64"}


def test_batches_at_the_gateway_limit(embedding, credentials, recording):
    texts = [f"text number {index}" for index in range(2049)]
    result = embedding.invoke("text-embedding-3-small", dict(credentials, dimensions="8"), texts)
    assert len(result.embeddings) == 2049
    assert len(result.embeddings[0]) == 8
    # Batches go out in parallel: the recording holds them in arrival order.
    assert sorted(len(request["body"]["input"]) for request in embedding_requests(recording)) == [1, 2048]


def test_custom_model_uses_configured_batch_size(embedding, credentials, recording):
    custom = dict(credentials, max_chunks="2", context_size="512")
    result = embedding.invoke("custom-embedding", custom, ["a", "b", "c", "d", "e"])
    assert len(result.embeddings) == 5
    assert sorted(len(request["body"]["input"]) for request in embedding_requests(recording)) == [1, 2, 2]


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


class _CountingEmbeddingsServer:
    """A local embeddings endpoint that counts requests in flight. Each request is held until as many are in flight
    as the bound allows (or every request left is), so a client that sends one batch at a time is seen by count,
    not by timing; a batch's vectors come back in reverse order, with their indexes, and are derived from the text
    alone (the oracle: `expected_vector`)."""

    HOLD_SECONDS = 5  # once, and only for a client that never sends enough at once (below its 10 s read timeout)

    def __init__(self, bound: int, batches: int) -> None:
        self.bound, self.batches = bound, batches
        self.in_flight = self.max_in_flight = self.answered = 0
        self.gave_up = False
        self.condition = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                with server.condition:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                    server.condition.notify_all()
                    if not server.gave_up and not server.condition.wait_for(server.enough_in_flight, timeout=server.HOLD_SECONDS):
                        server.gave_up = True
                data = [
                    {"object": "embedding", "index": index, "embedding": base64.b64encode(expected_vector(text).tobytes()).decode()}
                    for index, text in enumerate(body["input"])
                ]
                answer = json.dumps({"object": "list", "data": data[::-1], "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
                with server.condition:
                    server.in_flight -= 1
                    server.answered += 1
                    server.condition.notify_all()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/v1"

    def enough_in_flight(self) -> bool:
        return self.in_flight >= min(self.bound, self.batches - self.answered)

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


def expected_vector(text: str) -> array:
    return array("f", [float(zlib.crc32(text.encode()) % 9973), float(len(text)), -0.25])


def test_batches_go_out_in_parallel_up_to_the_bound_in_order(embedding, api_key):
    bound = sys.modules["crazyrouter_common.gateway_constants"].DEFAULT_EMBEDDING_CONCURRENCY
    texts = [f"chunk {index} of a knowledge base" for index in range(23)]
    batch_size = 2
    batches = -(-len(texts) // batch_size)
    assert batches > 2 * bound
    server = _CountingEmbeddingsServer(bound, batches)
    try:
        credentials = {"api_key": api_key, "base_url_region": "custom", "custom_base_url": server.url, "max_chunks": str(batch_size)}
        result = embedding.invoke("custom-embedding", credentials, texts)
    finally:
        server.close()
    assert not server.gave_up, f"never {bound} requests in flight at once (at most {server.max_in_flight})"
    assert server.max_in_flight == bound
    assert server.answered == batches
    assert [array("f", vector).tobytes() for vector in result.embeddings] == [expected_vector(text).tobytes() for text in texts]


def test_vectors_of_parallel_batches_are_those_of_one_request(embedding, credentials, recording):
    texts = [f"knowledge base chunk number {index}" for index in range(2048)]
    parallel = embedding.invoke("custom-embedding", dict(credentials, max_chunks="100"), texts)
    assert len(embedding_requests(recording)) == 21
    single = embedding.invoke("custom-embedding", dict(credentials, max_chunks="2048"), texts)
    assert len(embedding_requests(recording)) == 22
    assert parallel.embeddings == single.embeddings


@pytest.fixture
def fake_clock(embedding, monkeypatch) -> FakeClock:
    """The embedding model's rate-limit gate on a fake clock: backing off takes no time."""
    clock = FakeClock()
    gate_class = type(embedding)._invoke.__globals__["RateLimitGate"]
    monkeypatch.setattr(type(embedding), "_rate_limit_gate", lambda self: gate_class(sleep=clock.sleep, clock=clock.clock, random=lambda: 1.0))
    return clock


@pytest.fixture
def gateway_fault(monkeypatch):
    """Asks the dev gateway for a fault (its x-dev-gateway-fault header) on every request the plugin sends."""

    def use(spec: str) -> None:
        send = requests.Session.request

        def request(self, method, url, **kwargs):
            kwargs["headers"] = {**(kwargs.get("headers") or {}), "x-dev-gateway-fault": spec}
            return send(self, method, url, **kwargs)

        monkeypatch.setattr(requests.Session, "request", request)

    return use


def test_a_rate_limited_import_slows_down_instead_of_failing(embedding, credentials, recording, fake_clock, gateway_fault):
    texts = [f"knowledge base chunk number {index}" for index in range(40)]
    custom = dict(credentials, max_chunks="4")
    expected = embedding.invoke("custom-embedding", custom, texts)
    recording.clear()
    # The first two requests the gateway sees answer 429 with Retry-After 1.5 s; every later one succeeds.
    gateway_fault("429; times=2; retry_after_ms=1500")
    result = embedding.invoke("custom-embedding", custom, texts)
    assert result.embeddings == expected.embeddings
    assert len(embedding_requests(recording)) == 10 + 2
    # Waited as the gateway asked (not the core's 0.25-0.5 s backoff, not Dify's retry), before any batch was resent.
    assert fake_clock.sleeps
    assert all(0 < seconds <= 1.5 for seconds in fake_clock.sleeps)
    assert fake_clock.now >= 1.5


def test_a_rate_limit_that_lasts_fails_after_the_core_retries(embedding, credentials, recording, fake_clock):
    with pytest.raises(InvokeRateLimitError) as raised:
        embedding.invoke("fault-429", credentials, ["a text"])
    assert "Wait a moment" in str(raised.value)
    # One attempt and the core's two retries, each after the gateway's Retry-After (1 s).
    assert len(embedding_requests(recording)) == 3
    assert fake_clock.sleeps == [1.0, 1.0]


def test_a_used_up_quota_is_not_retried(embedding, credentials, recording, fake_clock):
    with pytest.raises(InvokeError) as raised:
        embedding.invoke("fault-insufficient-quota", credentials, ["a text"])
    assert "quota" in str(raised.value)
    assert len(embedding_requests(recording)) == 1
    assert fake_clock.sleeps == []
