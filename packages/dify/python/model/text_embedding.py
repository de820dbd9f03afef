"""Crazyrouter embedding models for Dify: large batches (the gateway takes up to its per-request maximum,
the generic provider sends one text per request) sent a few at a time, optional shortened vectors, no
tokenizer download."""

import sys
from array import array
from binascii import a2b_base64
from contextlib import closing
from decimal import Decimal
from typing import Any

import requests
from dify_plugin import OAICompatEmbeddingModel
from dify_plugin.entities import I18nObject
from dify_plugin.entities.model import (
    AIModelEntity,
    EmbeddingInputType,
    FetchFrom,
    ModelPropertyKey,
    ModelType,
    PriceConfig,
)
from dify_plugin.entities.model.text_embedding import TextEmbeddingResult
from dify_plugin.errors.model import InvokeError
from requests.adapters import HTTPAdapter

from crazyrouter_common.api_key import ApiKeyError
from crazyrouter_common.base_url import BaseUrlError
from crazyrouter_common.bounded_map import bounded_map
from crazyrouter_common.errors import GatewayError, to_invoke_error
from crazyrouter_common.gateway_client import GatewayClient
from crazyrouter_common.gateway_constants import (
    DEFAULT_EMBEDDING_CONCURRENCY,
    DEFAULT_EMBEDDING_ENCODING,
    EMBEDDING_MODELS_WITHOUT_DIMENSIONS,
    EMBEDDINGS_PATH,
    MAX_EMBEDDING_INPUTS_PER_REQUEST,
)
from crazyrouter_common.model_access import validate_model_access
from crazyrouter_common.rate_limit_gate import RateLimitGate
from crazyrouter_common.token_estimate import estimate_tokens


def _positive_int(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _vector(embedding: Any) -> list[float]:
    """base64 of packed little-endian float32 (what the plugin asks for), or a number list from a gateway that ignored it.

    array and base64 decode in C (numpy is no dependency of the plugin); Dify wants Python float lists. a2b_base64
    takes the ASCII str as it is (base64.b64decode would copy it to bytes first) and refuses the same inputs."""
    if isinstance(embedding, str):
        values = array("f", a2b_base64(embedding))
        if sys.byteorder == "big":
            values.byteswap()
        return values.tolist()
    return [float(value) for value in embedding]


def _batch_vectors(answer: dict, batch: list[str]) -> tuple[list[list[float]], int]:
    """A batch's vectors in input order, and the tokens it used."""
    items = answer.get("data")
    if not isinstance(items, list) or len(items) != len(batch):
        raise GatewayError("invalid_response", f"Asked for {len(batch)} vectors, got {len(items or [])}")
    items = sorted(items, key=lambda item: item.get("index", 0) if isinstance(item, dict) else 0)
    usage = answer.get("usage") or {}
    tokens = int(usage.get("total_tokens") or usage.get("prompt_tokens") or sum(map(estimate_tokens, batch)))
    return [_vector(item["embedding"]) for item in items], tokens


class CrazyrouterTextEmbeddingModel(OAICompatEmbeddingModel):
    def _invoke(
        self,
        model: str,
        credentials: dict,
        texts: list[str],
        user: str | None = None,
        input_type: EmbeddingInputType = EmbeddingInputType.DOCUMENT,
    ) -> TextEmbeddingResult:
        dimensions = _positive_int(credentials.get("dimensions"))
        if dimensions and model in EMBEDDING_MODELS_WITHOUT_DIMENSIONS:
            # As core refuses it: the gateway would answer 400 for every batch, so nothing is sent.
            raise GatewayError(
                "invalid_input",
                f"Invalid embeddings.dimensions: {model} always answers its native length and refuses dimensions. "
                "Leave Dimensions empty, or use a text-embedding-3 model to get shorter vectors",
            )
        context_size = self._get_context_size(model, credentials)
        batch_size = self.batch_size(model, credentials)
        inputs = [self._fit(text, context_size) for text in texts]
        batches = [inputs[start : start + batch_size] for start in range(0, len(inputs), batch_size)]
        gate = self._rate_limit_gate()
        vectors: list[list[float]] = []
        tokens = 0
        # One session for the call: its batches reuse kept-alive connections, so a request is on the wire as soon as
        # a slot frees, before the caller goes back to decoding (under gevent nothing else runs meanwhile).
        with requests.Session() as session:
            adapter = HTTPAdapter(pool_maxsize=DEFAULT_EMBEDDING_CONCURRENCY)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
            client = GatewayClient.from_credentials(credentials, session=session)

            def request(batch: list[str]) -> dict:
                return gate.send(lambda: self._request_batch(client, model, dimensions, batch))

            with closing(bounded_map(request, batches, DEFAULT_EMBEDDING_CONCURRENCY)) as answers:
                try:
                    for batch, answer in zip(batches, answers, strict=True):
                        # Decoded here, in input order, while the next batches are in flight.
                        batch_vectors, batch_tokens = _batch_vectors(answer, batch)
                        vectors.extend(batch_vectors)
                        tokens += batch_tokens
                finally:
                    # Before closing the map, which waits for its batches: none should sit out a Retry-After first.
                    gate.close()
        usage = self._calc_response_usage(model=model, credentials=credentials, tokens=tokens)
        # Built without validation: pydantic would walk and copy every float of every vector (about 0.1 s of CPU for
        # 2,048 vectors of 1,536, during which nothing else runs under gevent), and the types are exact by
        # construction (array.tolist gives floats, float() the rest). The tests validate results with the SDK's model.
        return TextEmbeddingResult.model_construct(embeddings=vectors, usage=usage, model=model)

    def _rate_limit_gate(self) -> RateLimitGate:
        """One per call, shared by its batches; the tests give it a fake clock."""
        return RateLimitGate()

    @staticmethod
    def _request_batch(client: GatewayClient, model: str, dimensions: int | None, batch: list[str]) -> dict:
        """One request for a batch, its answer as parsed JSON."""
        body: dict[str, Any] = {"model": model, "input": batch}
        if dimensions:
            body["dimensions"] = dimensions
        # As on every platform: base64 is about four times smaller than JSON numbers and decodes to the same
        # float32 values. `user` is Dify's end-user id and is never sent.
        body["encoding_format"] = DEFAULT_EMBEDDING_ENCODING
        return client.post_json(EMBEDDINGS_PATH, body)

    def batch_size(self, model: str, credentials: dict) -> int:
        """Texts per request: the model's max_chunks, never above the gateway's limit."""
        return max(1, min(self._get_max_chunks(model, credentials), MAX_EMBEDDING_INPUTS_PER_REQUEST))

    @staticmethod
    def _fit(text: str, context_size: int) -> str:
        # The gateway rejects empty strings; a space embeds as "nothing" and keeps positions aligned.
        text = text or " "
        tokens = estimate_tokens(text)
        if tokens <= context_size:
            return text
        return text[: max(1, len(text) * context_size // tokens)]

    def get_num_tokens(self, model: str, credentials: dict, texts: list[str]) -> list[int]:
        return [estimate_tokens(text) for text in texts]

    def _get_num_tokens_by_gpt2(self, text: str) -> int:
        # The SDK's fallback counter downloads a tiktoken encoding on first use; estimate instead.
        return estimate_tokens(text)

    def validate_credentials(self, model: str, credentials: dict) -> None:
        validate_model_access(model, credentials)

    def get_customizable_model_schema(self, model: str, credentials: dict) -> AIModelEntity:
        max_chunks = min(_positive_int(credentials.get("max_chunks")) or MAX_EMBEDDING_INPUTS_PER_REQUEST, MAX_EMBEDDING_INPUTS_PER_REQUEST)
        return AIModelEntity(
            model=model,
            label=I18nObject(en_US=model),
            model_type=ModelType.TEXT_EMBEDDING,
            fetch_from=FetchFrom.CUSTOMIZABLE_MODEL,
            model_properties={
                ModelPropertyKey.CONTEXT_SIZE: _positive_int(credentials.get("context_size")) or 8191,
                ModelPropertyKey.MAX_CHUNKS: max_chunks,
            },
            parameter_rules=[],
            pricing=PriceConfig(input=Decimal(0), unit=Decimal(0), currency="USD"),
        )

    @property
    def _invoke_error_mapping(self) -> dict[type[InvokeError], list[type[Exception]]]:
        return {InvokeError: [GatewayError, BaseUrlError, ApiKeyError]}

    def _transform_invoke_error(self, error: Exception) -> InvokeError:
        return to_invoke_error(error)
