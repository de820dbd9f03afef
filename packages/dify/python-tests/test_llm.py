"""The chat model driven through the SDK's own invoke() against the dev gateway."""

import json
import os
import re

import pytest
from dify_plugin.entities.model import ModelType
from dify_plugin.entities.model.message import (
    PromptMessageTool,
    SystemPromptMessage,
    UserPromptMessage,
)
from dify_plugin.errors.model import (
    CredentialsValidateFailedError,
    InvokeAuthorizationError,
    InvokeBadRequestError,
    InvokeRateLimitError,
    InvokeServerUnavailableError,
)

from conftest import credential_fingerprint

WEATHER_TOOL = PromptMessageTool(
    name="get_weather",
    description="Current weather of a city",
    parameters={"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)


@pytest.fixture
def llm(model_plugin):
    return model_plugin.get_model_instance("crazyrouter", ModelType.LLM)


@pytest.fixture
def provider(model_plugin):
    return model_plugin.get_model_provider_instance("crazyrouter")


def chat_requests(recording):
    return [request for request in recording.requests() if request["path"] == "/v1/chat/completions"]


def test_non_streaming_reply_and_usage(llm, credentials, recording, api_key):
    chunks = list(llm.invoke("gpt-5.4", credentials, [UserPromptMessage(content="Reply only OK")], {}, stream=False))
    assert len(chunks) == 1
    assert chunks[0].delta.message.content == "OK"
    assert chunks[0].delta.usage.prompt_tokens > 0
    assert chunks[0].delta.usage.completion_tokens > 0
    # No prices are declared (the gateway publishes none per model): Dify records the tokens at a cost of 0.
    assert chunks[0].delta.usage.total_price == 0
    assert chunks[0].delta.usage.currency == "USD"
    [request] = chat_requests(recording)
    assert request["body"] == {"model": "gpt-5.4", "messages": [{"role": "user", "content": "Reply only OK"}]}
    assert request["headers"]["authorization"] == credential_fingerprint(f"Bearer {api_key}")


def test_streaming_reply_carries_usage(llm, credentials, recording):
    messages = [SystemPromptMessage(content="Be brief."), UserPromptMessage(content="hello there")]
    chunks = list(llm.invoke("claude-sonnet-4-6", credentials, messages, {"temperature": 0.3}, stream=True))
    text = "".join(chunk.delta.message.content or "" for chunk in chunks)
    assert "hello there" in text
    usage = chunks[-1].delta.usage
    assert usage is not None
    assert usage.completion_tokens > 0
    [request] = chat_requests(recording)
    assert request["body"]["stream"] is True
    assert request["body"]["stream_options"] == {"include_usage": True}
    assert request["body"]["temperature"] == 0.3


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_without_content(llm, credentials, recording, stream):
    messages = [UserPromptMessage(content="What is the weather in Paris? Use the tool.")]
    chunks = list(llm.invoke("gpt-5.4", credentials, messages, {}, tools=[WEATHER_TOOL], stream=stream))
    calls = [call for chunk in chunks for call in chunk.delta.message.tool_calls]
    assert [call.function.name for call in calls] == ["get_weather"]
    assert calls[0].id
    [request] = chat_requests(recording)
    assert request["body"]["tools"][0]["function"]["name"] == "get_weather"


def test_reasoning_model_gets_max_completion_tokens(llm, credentials, recording):
    list(llm.invoke("gpt-5.4", credentials, [UserPromptMessage(content="Reply only OK")], {"max_tokens": 32}, stream=False))
    list(llm.invoke("claude-sonnet-4-6", credentials, [UserPromptMessage(content="Reply only OK")], {"max_tokens": 32}, stream=False))
    gpt, claude = chat_requests(recording)
    assert gpt["body"].get("max_completion_tokens") == 32
    assert "max_tokens" not in gpt["body"]
    assert claude["body"].get("max_tokens") == 32
    assert "max_completion_tokens" not in claude["body"]


def test_stop_sequences_capped_at_core_limit(llm, credentials, recording):
    stop = ["a", "b", "c", "d", "e", "f"]
    list(llm.invoke("claude-sonnet-4-6", credentials, [UserPromptMessage(content="Reply only OK")], {}, stop=stop, stream=False))
    [request] = chat_requests(recording)
    assert request["body"]["stop"] == ["a", "b", "c", "d"]


def test_token_count_never_downloads(llm, credentials, monkeypatch):
    import tiktoken

    def no_download(*args, **kwargs):
        raise AssertionError("tiktoken would download an encoding")

    monkeypatch.setattr(tiktoken, "encoding_for_model", no_download)
    monkeypatch.setattr(tiktoken, "get_encoding", no_download)
    count = llm.get_num_tokens("gpt-5.4", credentials, [UserPromptMessage(content="one two three four five six")], [WEATHER_TOOL])
    assert 5 < count < 200
    assert llm._get_num_tokens_by_gpt2("hello world") > 0


def test_credentials_validate(llm, provider, credentials):
    provider.validate_provider_credentials(credentials)
    llm.validate_credentials("gpt-5.4", credentials)
    # Base URL forms users paste work too.
    root = dict(credentials, custom_base_url=credentials["custom_base_url"].removesuffix("/v1") + "/v1/chat/completions?utm=x")
    llm.validate_credentials("claude-sonnet-4-6", root)


def test_bad_key_fails_validation_with_hint(llm, provider, credentials):
    bad = dict(credentials, api_key="sk-wrong-key-0123456789")
    for validate in (lambda: provider.validate_provider_credentials(bad), lambda: llm.validate_credentials("gpt-5.4", bad)):
        with pytest.raises(CredentialsValidateFailedError) as raised:
            validate()
        message = str(raised.value)
        assert "401" in message
        assert "create a new sk-... key" in message
        assert "sk-wrong-key-0123456789" not in message


def test_model_outside_whitelist(llm, credentials):
    denied = os.environ.get("CRAZYROUTER_DENIED_MODEL")
    if not denied:
        pytest.skip("CRAZYROUTER_DENIED_MODEL not set")
    with pytest.raises(CredentialsValidateFailedError) as raised:
        llm.validate_credentials(denied, credentials)
    assert "whitelist" in str(raised.value)
    with pytest.raises(InvokeAuthorizationError) as invoked:
        list(llm.invoke(denied, credentials, [UserPromptMessage(content="hi")], {}, stream=False))
    assert "whitelist" in str(invoked.value)
    assert "403" in str(invoked.value)


@pytest.mark.parametrize(
    ("model", "error_type", "hint"),
    [
        ("fault-401", InvokeAuthorizationError, "create a new sk-... key"),
        ("fault-403", InvokeAuthorizationError, "whitelist"),
        ("fault-404", InvokeBadRequestError, "must end in /v1"),
        ("fault-429", InvokeRateLimitError, "Wait a moment"),
        ("fault-500", InvokeServerUnavailableError, "Retry later"),
        ("fault-524", InvokeServerUnavailableError, "use streaming"),
    ],
)
def test_faults_map_to_dify_errors(llm, credentials, api_key, model, error_type, hint):
    with pytest.raises(error_type) as raised:
        list(llm.invoke(model, credentials, [UserPromptMessage(content="hi")], {}, stream=False))
    assert hint in str(raised.value)
    assert api_key not in str(raised.value)


def test_unreachable_gateway_is_a_connection_error(llm, credentials):
    from dify_plugin.errors.model import InvokeConnectionError

    closed = dict(credentials, custom_base_url="http://127.0.0.1:9/v1")
    with pytest.raises(InvokeConnectionError) as raised:
        list(llm.invoke("gpt-5.4", closed, [UserPromptMessage(content="hi")], {}, stream=False))
    assert "Fix:" in str(raised.value)


def test_stream_error_mid_way_is_an_invoke_error(llm, credentials):
    from dify_plugin.errors.model import InvokeError

    with pytest.raises(InvokeError):
        list(llm.invoke("fault-stream-error", credentials, [UserPromptMessage(content="hi")], {}, stream=True))


def test_custom_model_schema(llm, credentials):
    schema = llm.get_customizable_model_schema("my-model", dict(credentials, context_size="32000", max_tokens_to_sample="2000", vision_support="support"))
    names = {rule.name for rule in schema.parameter_rules}
    assert {"temperature", "max_tokens", "response_format"} <= names
    assert next(rule for rule in schema.parameter_rules if rule.name == "max_tokens").max == 2000
    assert {feature.value for feature in schema.features} >= {"tool-call", "vision"}
    reasoning = llm.get_customizable_model_schema("o3-mini", credentials)
    assert "temperature" not in {rule.name for rule in reasoning.parameter_rules}


@pytest.mark.parametrize("stream", [False, True])
def test_the_dify_user_id_is_never_sent(llm, credentials, recording, stream):
    list(llm.invoke("gpt-5.4", credentials, [UserPromptMessage(content="Reply only OK")], {}, stream=stream, user="dify-end-user-42"))
    [request] = chat_requests(recording)
    assert "user" not in request["body"]


def test_reasoning_models_get_no_sampling_fields(llm, credentials, recording):
    parameters = {"temperature": 0.2, "top_p": 0.9, "max_tokens": 64, "presence_penalty": 0.1}
    list(llm.invoke("gpt-5.4", credentials, [UserPromptMessage(content="Reply only OK")], parameters, stream=False))
    [request] = chat_requests(recording)
    assert request["body"] == {"model": "gpt-5.4", "messages": [{"role": "user", "content": "Reply only OK"}], "max_completion_tokens": 64}


@pytest.mark.parametrize("stream", [False, True])
def test_a_redirect_is_not_followed_and_says_so(llm, credentials, recording, stream):
    with pytest.raises(InvokeBadRequestError) as raised:
        list(llm.invoke("fault-moved", credentials, [UserPromptMessage(content="hi")], {}, stream=stream))
    assert "redirects (HTTP 301 to" in str(raised.value)
    assert "not sent on" in str(raised.value)
    # requests would have followed the 301 as a GET to the address it names.
    assert [(request["method"], request["path"]) for request in recording.requests()] == [("POST", "/v1/chat/completions")]


def test_an_empty_stream_is_an_error(llm, credentials):
    with pytest.raises(InvokeServerUnavailableError) as raised:
        list(llm.invoke("fault-empty-stream", credentials, [UserPromptMessage(content="hi")], {}, stream=True))
    assert "without any reply" in str(raised.value)


def test_a_200_carrying_an_error_shows_the_upstream_message(llm, credentials):
    with pytest.raises(InvokeServerUnavailableError) as raised:
        list(llm.invoke("fault-error-200", credentials, [UserPromptMessage(content="hi")], {}, stream=False))
    assert "with an error instead of a result" in str(raised.value)
    assert "overloaded" in str(raised.value)


# Dify shows a reply's reasoning as thinking when it comes between <think> tags. Gateways send it under
# `reasoning_content` (DeepSeek) or `reasoning` (gpt-oss on vLLM, Groq, OpenRouter); the SDK's stream reader before
# 0.10 knew only the first, so gpt-oss's thinking vanished from streamed replies.
@pytest.mark.parametrize("model", ["deepseek-reasoner", "gpt-oss-120b"])
@pytest.mark.parametrize("stream", [False, True])
def test_reasoning_shows_as_thinking_under_either_field(llm, credentials, model, stream):
    chunks = list(llm.invoke(model, credentials, [UserPromptMessage(content="why is the sky blue")], {}, stream=stream))
    text = "".join(chunk.delta.message.content or "" for chunk in chunks)
    assert re.fullmatch(r"<think>\nThinking about: why is the sky blue\n</think>\n?Echo: why is the sky blue", text), text


ANSWER_SCHEMA = {"type": "object", "properties": {"answer": {"type": "string"}, "score": {"type": "integer"}}, "required": ["answer", "score"]}


# The schema as a user pastes it, and as Dify's structured output sends it for a model declaring structured-output.
@pytest.mark.parametrize("given", [ANSWER_SCHEMA, {"name": "llm_response", "schema": ANSWER_SCHEMA}])
@pytest.mark.parametrize("stream", [False, True])
def test_structured_output_follows_the_schema(llm, credentials, recording, given, stream):
    parameters = {"response_format": "json_schema", "json_schema": json.dumps(given)}
    chunks = list(llm.invoke("gpt-5.4", credentials, [UserPromptMessage(content="hello")], parameters, stream=stream))
    text = "".join(chunk.delta.message.content or "" for chunk in chunks)
    assert json.loads(text) == {"answer": "hello", "score": 0}
    [request] = chat_requests(recording)
    assert request["body"]["response_format"]["type"] == "json_schema"
    assert request["body"]["response_format"]["json_schema"]["schema"] == ANSWER_SCHEMA
