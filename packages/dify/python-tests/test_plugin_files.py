"""Every generated YAML passes the SDK's own pydantic entities, and both folders load as the runtime loads them."""

import importlib.metadata
import os
import sys
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from dify_plugin.core.entities.plugin.setup import PluginConfiguration
from dify_plugin.entities.model import AIModelEntity, ModelPropertyKey, ModelType
from dify_plugin.entities.model.provider import ModelProviderConfiguration
from dify_plugin.entities.tool import ToolConfiguration, ToolProviderConfiguration
from dify_plugin.interfaces.model.large_language_model import LargeLanguageModel
from dify_plugin.interfaces.model.text_embedding_model import TextEmbeddingModel

from conftest import inside_plugin


def chinese(text):
    """An I18nObject's zh_Hans as the file gives it (the SDK's attribute is zh_Hans before 0.10, zh_hans from 0.10; it
    copies en_US into it when the file has none, so tests compare with the Chinese text itself)."""
    return text.model_dump(by_alias=True)["zh_Hans"]


def _load(folder: str, relative: str) -> dict:
    return yaml.safe_load(Path(folder, relative).read_text(encoding="utf-8"))


def test_manifests_validate(model_plugin_dir, image_plugin_dir):
    model = PluginConfiguration(**_load(model_plugin_dir, "manifest.yaml"))
    image = PluginConfiguration(**_load(image_plugin_dir, "manifest.yaml"))
    assert model.author == image.author == "crazyrouter"
    assert model.plugins.models and not model.plugins.tools
    assert image.plugins.tools and not image.plugins.models
    assert model.meta.runner.version == "3.12"


def test_model_provider_and_models_validate(model_plugin_dir):
    with inside_plugin(model_plugin_dir):
        provider = ModelProviderConfiguration(**_load(model_plugin_dir, "provider/crazyrouter.yaml"))
        for path in sorted(Path("models").glob("*/*.yaml")):
            if path.name != "_position.yaml":
                AIModelEntity(**_load(model_plugin_dir, str(path)))
    names = {model.model: model for model in provider.models}
    assert set(names) == {"gpt-5.4", "claude-sonnet-4-6", "gemini-3-pro-preview", "text-embedding-3-small", "text-embedding-3-large"}
    assert names["text-embedding-3-small"].model_properties[ModelPropertyKey.MAX_CHUNKS] == 2048
    for chat_model in ("gpt-5.4", "claude-sonnet-4-6", "gemini-3-pro-preview"):
        features = {feature.value for feature in names[chat_model].features}
        assert features >= {"tool-call", "multi-tool-call", "stream-tool-call", "vision", "structured-output", "agent-thought"}, chat_model
    # The vendors' published figures: OpenAI's gpt-5.4 1,050,000 tokens of context and 128,000 out, Anthropic's
    # claude-sonnet-4-6 1,000,000 and 128,000; Claude's temperature runs 0 to 1.
    assert names["gpt-5.4"].model_properties[ModelPropertyKey.CONTEXT_SIZE] == 1_050_000
    assert names["claude-sonnet-4-6"].model_properties[ModelPropertyKey.CONTEXT_SIZE] == 1_000_000
    rules = {model: {rule.name: rule for rule in names[model].parameter_rules} for model in names}
    assert rules["gpt-5.4"]["reasoning_effort"].options == ["none", "low", "medium", "high", "xhigh"]
    assert rules["gpt-5.4"]["max_tokens"].max == 128_000 and "temperature" not in rules["gpt-5.4"]
    assert (rules["claude-sonnet-4-6"]["temperature"].min, rules["claude-sonnet-4-6"]["temperature"].max) == (0, 1)
    assert "top_p" not in rules["claude-sonnet-4-6"]
    assert "json_schema" in rules["gpt-5.4"]["response_format"].options
    assert chinese(rules["gpt-5.4"]["reasoning_effort"].label) == "推理强度"
    assert chinese(names["text-embedding-3-small"].label) == "text-embedding-3-small（1536 维）"
    api_key = next(form for form in provider.provider_credential_schema.credential_form_schemas if form.variable == "api_key")
    assert chinese(api_key.label) == "API 密钥"
    assert provider.model_credential_schema is not None
    assert provider.position is not None and provider.position.llm[0] == "gpt-5.4"


def test_tool_provider_and_tool_validate(image_plugin_dir):
    with inside_plugin(image_plugin_dir):
        provider = ToolProviderConfiguration(**_load(image_plugin_dir, "provider/crazyrouter_image.yaml"))
        tool = ToolConfiguration(
            **{key: value for key, value in _load(image_plugin_dir, "tools/generate_image.yaml").items()}
        )
    assert {credential.name for credential in provider.credentials_schema} == {"api_key", "base_url_region", "custom_base_url"}
    assert [item.identity.name for item in provider.tools] == ["generate_image"]
    parameters = {parameter.name: parameter for parameter in tool.parameters}
    assert parameters["prompt"].required
    assert parameters["model"].default == "gpt-image-2"
    assert (parameters["n"].min, parameters["n"].max) == (1, 10)
    # Labels in Simplified Chinese too, as the SDK reads them (Dify shows zh_Hans to Chinese users).
    assert chinese(provider.identity.label) == "Crazyrouter 图像"
    assert chinese(tool.identity.label) == "生成图像"
    assert chinese(parameters["prompt"].label) == "提示词"


def test_registration_loads_our_classes(model_plugin, image_plugin):
    llm = model_plugin.get_model_instance("crazyrouter", ModelType.LLM)
    embedding = model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)
    assert isinstance(llm, LargeLanguageModel) and type(llm).__name__ == "CrazyrouterLargeLanguageModel"
    assert isinstance(embedding, TextEmbeddingModel) and type(embedding).__name__ == "CrazyrouterTextEmbeddingModel"
    assert [asset.filename for asset in model_plugin.files] == ["icon.svg"]
    assert image_plugin.get_tool_cls("crazyrouter_image", "generate_image").__name__ == "GenerateImageTool"
    assert image_plugin.get_tool_provider_cls("crazyrouter_image").__name__ == "CrazyrouterImageProvider"


def test_runs_on_the_python_and_sdk_the_driver_asked_for():
    expected = os.environ.get("CRAZYROUTER_EXPECTED_SDK")
    if not expected:
        pytest.skip("CRAZYROUTER_EXPECTED_SDK is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)")
    python, sdk = expected.split()
    assert "%d.%d" % sys.version_info[:2] == python
    assert importlib.metadata.version("dify_plugin") == sdk


def test_requirement_admits_every_sdk_line_a_host_may_install(model_plugin_dir, image_plugin_dir):
    # Read with pip's own requirement parser: the lowest release we test, the last for Python 3.11 (0.7.x) and the
    # 3.12-only lines (0.9, 0.10) the daemon's venv gets must all pass; a 1.0 with a new API must not.
    for folder in (model_plugin_dir, image_plugin_dir):
        lines = [line for line in Path(folder, "requirements.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(lines) == 1
        requirement = Requirement(lines[0])
        assert requirement.name == "dify_plugin"
        for admitted in ("0.5.1", "0.7.4", "0.9.1", "0.10.2", importlib.metadata.version("dify_plugin")):
            assert requirement.specifier.contains(admitted), admitted
        assert not requirement.specifier.contains("1.0.0")
