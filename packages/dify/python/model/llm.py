"""Crazyrouter chat models for Dify, on top of the SDK's OpenAI-compatible model.

What this adds to the generic provider: any base URL form works; tool calls are on; streamed answers carry
usage; reasoning models get max_completion_tokens; credentials are checked against the key's model list
(cheap, and it works for reasoning models); errors carry fix hints; token counts never touch the network;
and a request holds exactly the fields the user set.
"""

import json
import logging
from collections.abc import Generator, Mapping
from typing import Any

from dify_plugin import OAICompatLargeLanguageModel
from dify_plugin.entities import I18nObject
from dify_plugin.entities.model import (
    AIModelEntity,
    FetchFrom,
    ModelFeature,
    ModelPropertyKey,
    ModelType,
    ParameterRule,
)
from dify_plugin.entities.model.llm import LLMMode, LLMResult
from dify_plugin.entities.model.message import AssistantPromptMessage, PromptMessage, PromptMessageTool
from dify_plugin.errors.model import InvokeError

from crazyrouter_common.api_key import ApiKeyError
from crazyrouter_common.base_url import BaseUrlError
from crazyrouter_common.errors import GatewayError, to_invoke_error
from crazyrouter_common.gateway_client import GatewayClient
from crazyrouter_common.gateway_constants import (
    CHAT_COMPLETIONS_PATH,
    CHAT_MAX_STOP_SEQUENCES,
    CHAT_REQUEST_FIELDS,
    SITUATION_HINTS,
)
from crazyrouter_common.model_access import validate_model_access
from crazyrouter_common.reasoning import is_reasoning_model
from crazyrouter_common.reasoning_request_rule import apply_reasoning_model_rule
from crazyrouter_common.token_estimate import estimate_message_tokens, estimate_tokens
from models.llm.parameter_rules import CUSTOM_LLM_PARAMETER_RULES, CUSTOM_REASONING_LLM_PARAMETER_RULES

_LOGGER = logging.getLogger(__name__)
_TOKEN_LIMITS = ("max_tokens", "max_completion_tokens")


def uses_max_completion_tokens(model: str, credentials: Mapping) -> bool:
    """Which name the reply limit goes out under: the custom model's setting, else the reasoning-model rule."""
    choice = credentials.get("token_limit_parameter") or "auto"
    if choice in _TOKEN_LIMITS:
        return choice == "max_completion_tokens"
    return is_reasoning_model(model)


def _reasoning_text(message: Mapping) -> str:
    """A reply's reasoning, under `reasoning_content` (DeepSeek, most gateways) or `reasoning` (vLLM, Groq and
    OpenRouter for gpt-oss)."""
    value = message.get("reasoning_content") or message.get("reasoning")
    return value if isinstance(value, str) else ""


def _token_limit_as_configured(fields: dict[str, Any], model: str, credentials: Mapping) -> dict[str, Any]:
    """A custom model may say which limit name it reads, whatever its id; the rule decided for known ids."""
    wanted = "max_completion_tokens" if uses_max_completion_tokens(model, credentials) else "max_tokens"
    other = _TOKEN_LIMITS[1] if wanted == "max_tokens" else _TOKEN_LIMITS[0]
    if other in fields and wanted not in fields:
        fields = dict(fields)
        fields[wanted] = fields.pop(other)
    return fields


class CrazyrouterLargeLanguageModel(OAICompatLargeLanguageModel):
    def _invoke(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        model_parameters: dict,
        tools: list[PromptMessageTool] | None = None,
        stop: list[str] | None = None,
        stream: bool = True,
        user: str | None = None,
    ) -> LLMResult | Generator:
        settings = self._settings(credentials)
        client = GatewayClient.from_credentials(credentials)
        body = self.build_chat_body(model, settings, prompt_messages, dict(model_parameters), tools, stop, stream)
        if stream:
            response = client.post_stream(CHAT_COMPLETIONS_PATH, body)
            return self._stream(model, settings, response, prompt_messages, client.api_key)
        answer = client.post_json(CHAT_COMPLETIONS_PATH, body)
        return self._result(model, settings, answer, body)

    def build_chat_body(
        self,
        model: str,
        credentials: Mapping,
        prompt_messages: list[PromptMessage],
        model_parameters: dict,
        tools: list[PromptMessageTool] | None,
        stop: list[str] | None,
        stream: bool,
    ) -> dict:
        """The canonical JSON body, as core builds it on every other platform: only what the user set (no
        stream: false, no empty lists), the reasoning-model rule applied, and never Dify's end-user id."""
        fields: dict[str, Any] = {"model": model}
        json_schema = model_parameters.pop("json_schema", None)
        for name, value in model_parameters.items():
            if value is None or value == "":
                continue
            if name == "response_format":
                value = self._response_format(value, json_schema)
            if name in CHAT_REQUEST_FIELDS and name not in ("model", "messages", "stream", "stream_options", "tools", "user"):
                fields[name] = value
        fields, dropped = apply_reasoning_model_rule(fields)
        for name in dropped:
            _LOGGER.warning("%s is a reasoning model, which refuses %s; it was not sent.", model, name)
        fields = _token_limit_as_configured(fields, model, credentials)
        body: dict[str, Any] = {
            "model": model,
            "messages": [self._convert_prompt_message_to_dict(message, dict(credentials)) for message in prompt_messages],
        }
        body.update((name, value) for name, value in fields.items() if name != "model")
        if tools and credentials.get("function_calling_type") != "no_call":
            body["tools"] = [
                {"type": "function", "function": {"name": tool.name, "description": tool.description, "parameters": tool.parameters}} for tool in tools
            ]
        if stop:
            body["stop"] = stop[:CHAT_MAX_STOP_SEQUENCES]
        # `user` is the Dify end user's id (or a placeholder): it is never sent, so no Dify user id reaches the gateway.
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        return body

    @staticmethod
    def _response_format(value: Any, json_schema: Any) -> dict:
        if isinstance(value, dict):
            return value
        if value != "json_schema":
            return {"type": value}
        if not json_schema:
            raise InvokeError("[Crazyrouter] Response Format json_schema needs a JSON Schema in the JSON Schema field.")
        try:
            schema = json.loads(json_schema) if isinstance(json_schema, str) else json_schema
        except ValueError as error:
            raise InvokeError(f"[Crazyrouter] The JSON Schema field is not valid JSON: {error}") from error
        if not isinstance(schema, dict):
            raise InvokeError("[Crazyrouter] The JSON Schema field must hold a JSON object.")
        if "schema" not in schema:
            schema = {"name": str(schema.get("title") or "answer"), "schema": schema}
        return {"type": "json_schema", "json_schema": schema}

    @staticmethod
    def _settings(credentials: Mapping) -> dict:
        """Credentials plus the switches the SDK's stream reader looks at: chat mode, tool calls on."""
        settings = dict(credentials)
        settings["mode"] = LLMMode.CHAT.value
        if settings.get("function_calling_type") not in ("tool_call", "no_call"):
            settings["function_calling_type"] = "tool_call"
        return settings

    def _result(self, model: str, settings: dict, answer: dict, body: dict) -> LLMResult:
        choices = answer.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise GatewayError("invalid_response", "The chat answer has no choices")
        message = choices[0].get("message") or {}
        content = message.get("content") or ""
        reasoning = _reasoning_text(message)
        if reasoning:
            content = f"<think>\n{reasoning}\n</think>\n{content}"
        tool_calls = self._extract_response_tool_calls(message.get("tool_calls") or [])
        usage = answer.get("usage") or {}
        prompt_tokens = usage.get("prompt_tokens")
        if prompt_tokens is None:
            prompt_tokens = estimate_message_tokens(body["messages"], body.get("tools"))
        completion_tokens = usage.get("completion_tokens")
        if completion_tokens is None:
            completion_tokens = estimate_tokens(content) + estimate_tokens([call.model_dump() for call in tool_calls])
        return LLMResult(
            model=answer.get("model") or model,
            message=AssistantPromptMessage(content=content, tool_calls=tool_calls),
            usage=self._calc_response_usage(model, settings, int(prompt_tokens), int(completion_tokens)),
        )

    def _wrap_thinking_by_reasoning_content(self, delta: dict, is_reasoning: bool) -> tuple[str, bool]:
        """Streamed reasoning as Dify shows thinking (between <think> tags), under either name gateways use. The SDK's
        own reader knows only `reasoning_content` before 0.10, so gpt-oss's `reasoning` was dropped on 0.5 to 0.9."""
        content = delta.get("content") or ""
        reasoning = _reasoning_text(delta)
        if reasoning:
            output = reasoning if is_reasoning else "<think>\n" + reasoning
            if content or delta.get("tool_calls"):
                return output + "\n</think>" + content, False
            return output, True
        if is_reasoning and (content or delta.get("tool_calls")):
            return "\n</think>" + content, False
        return content, is_reasoning

    def _stream(self, model, settings, response, prompt_messages, api_key: str) -> Generator:
        # Errors while reading the stream happen after invoke() returned, outside its error mapping.
        try:
            answered = False
            for chunk in self._handle_generate_stream_response(model, settings, response, prompt_messages):
                delta = chunk.delta.message
                answered = answered or bool(delta.content or delta.tool_calls or chunk.delta.finish_reason)
                yield chunk
            if not answered:
                raise to_invoke_error(GatewayError("server", "The stream ended without any reply", hint=SITUATION_HINTS["emptyStream"]), api_key)
        except InvokeError:
            raise
        # `from None`: the raw error can hold the gateway's event text, which may echo the key; chained as the cause it
        # would reach Dify's logs in every traceback. The redacted message says what happened.
        except ValueError as error:
            raise to_invoke_error(GatewayError("server", f"The stream reported an error: {error}"), api_key) from None
        except Exception as error:  # noqa: BLE001 - a broken stream is a connection failure, whatever raised it
            raise to_invoke_error(GatewayError("connection", f"The stream broke off: {type(error).__name__}"), api_key) from None
        finally:
            response.close()

    def get_num_tokens(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        tools: list[PromptMessageTool] | None = None,
    ) -> int:
        settings = self._settings(credentials)
        messages = [self._convert_prompt_message_to_dict(message, settings) for message in prompt_messages]
        return estimate_message_tokens(messages, [tool.model_dump() for tool in tools or []])

    def _get_num_tokens_by_gpt2(self, text: str) -> int:
        # The SDK's fallback counter downloads a tiktoken encoding on first use; estimate instead.
        return estimate_tokens(text)

    def validate_credentials(self, model: str, credentials: dict) -> None:
        validate_model_access(model, credentials)

    def get_customizable_model_schema(self, model: str, credentials: dict) -> AIModelEntity:
        features = [ModelFeature.AGENT_THOUGHT]
        if credentials.get("function_calling_type", "tool_call") != "no_call":
            features += [ModelFeature.TOOL_CALL, ModelFeature.MULTI_TOOL_CALL]
            if credentials.get("stream_function_calling", "supported") == "supported":
                features.append(ModelFeature.STREAM_TOOL_CALL)
        if credentials.get("vision_support") == "support":
            features.append(ModelFeature.VISION)
        reasoning = uses_max_completion_tokens(model, credentials)
        rules = [ParameterRule(**rule) for rule in (CUSTOM_REASONING_LLM_PARAMETER_RULES if reasoning else CUSTOM_LLM_PARAMETER_RULES)]
        max_output = _positive_int(credentials.get("max_tokens_to_sample"), 16384)
        for rule in rules:
            if rule.name == "max_tokens":
                rule.max = max_output
                rule.default = min(4096, max_output)
        return AIModelEntity(
            model=model,
            label=I18nObject(en_US=model),
            model_type=ModelType.LLM,
            fetch_from=FetchFrom.CUSTOMIZABLE_MODEL,
            features=features,
            model_properties={
                ModelPropertyKey.MODE: LLMMode.CHAT.value,
                ModelPropertyKey.CONTEXT_SIZE: _positive_int(credentials.get("context_size"), 128000),
            },
            parameter_rules=rules,
        )

    @property
    def _invoke_error_mapping(self) -> dict[type[InvokeError], list[type[Exception]]]:
        return {InvokeError: [GatewayError, BaseUrlError, ApiKeyError]}

    def _transform_invoke_error(self, error: Exception) -> InvokeError:
        return to_invoke_error(error)


def _positive_int(value: Any, fallback: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return fallback
    return number if number > 0 else fallback
