"""Crazyrouter embedding models for Dify: large batches (the gateway takes up to its per-request maximum,
the generic provider sends one text per request) sent a few at a time, optional shortened vectors, no
tokenizer download."""

import base64
import sys
from array import array
from decimal import Decimal
from typing import Any

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
from crazyrouter_common.token_estimate import estimate_tokens


def _positive_int(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _vector(embedding: Any) -> list[float]:
    """base64 of packed little-endian float32 (what the plugin asks for), or a number list from a gateway that ignored it.

    array and base64 decode in C (numpy is no dependency of the plugin); Dify wants Python float lists."""
    if isinstance(embedding, str):
        values = array("f")
        values.frombytes(base64.b64decode(embedding))
        if sys.byteorder == "big":
            values.byteswap()
        return values.tolist()
    return [float(value) for value in embedding]


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
        client = GatewayClient.from_credentials(credentials)
        context_size = self._get_context_size(model, credentials)
        batch_size = self.batch_size(model, credentials)
        inputs = [self._fit(text, context_size) for text in texts]
        batches = [inputs[start : start + batch_size] for start in range(0, len(inputs), batch_size)]
        answers = bounded_map(lambda batch: self._embed_batch(client, model, dimensions, batch), batches, DEFAULT_EMBEDDING_CONCURRENCY)
        vectors = [vector for batch_vectors, _ in answers for vector in batch_vectors]
        usage = self._calc_response_usage(model=model, credentials=credentials, tokens=sum(tokens for _, tokens in answers))
        return TextEmbeddingResult(embeddings=vectors, usage=usage, model=model)

    @staticmethod
    def _embed_batch(client: GatewayClient, model: str, dimensions: int | None, batch: list[str]) -> tuple[list[list[float]], int]:
        """One request: the batch's vectors in input order, and the tokens it used."""
        body: dict[str, Any] = {"model": model, "input": batch}
        if dimensions:
            body["dimensions"] = dimensions
        # As on every platform: base64 is about four times smaller than JSON numbers and decodes to the same
        # float32 values. `user` is Dify's end-user id and is never sent.
        body["encoding_format"] = DEFAULT_EMBEDDING_ENCODING
        answer = client.post_json(EMBEDDINGS_PATH, body)
        items = answer.get("data")
        if not isinstance(items, list) or len(items) != len(batch):
            raise GatewayError("invalid_response", f"Asked for {len(batch)} vectors, got {len(items or [])}")
        items = sorted(items, key=lambda item: item.get("index", 0) if isinstance(item, dict) else 0)
        usage = answer.get("usage") or {}
        tokens = int(usage.get("total_tokens") or usage.get("prompt_tokens") or sum(map(estimate_tokens, batch)))
        return [_vector(item["embedding"]) for item in items], tokens

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
