"""Every generated YAML passes the SDK's own pydantic entities, and both folders load as the runtime loads them."""

import importlib.metadata
import os
import sys
from pathlib import Path

import pytest
import yaml
from dify_plugin.core.entities.plugin.setup import PluginConfiguration
from dify_plugin.entities.model import AIModelEntity, ModelPropertyKey, ModelType
from dify_plugin.entities.model.provider import ModelProviderConfiguration
from dify_plugin.entities.tool import ToolConfiguration, ToolProviderConfiguration
from dify_plugin.interfaces.model.large_language_model import LargeLanguageModel
from dify_plugin.interfaces.model.text_embedding_model import TextEmbeddingModel
from packaging.requirements import Requirement

from conftest import inside_plugin


def _load(folder: str, relative: str) -> dict:
    return yaml.safe_load(Path(folder, relative).read_text(encoding="utf-8"))


def test_manifests_validate(model_plugin_dir, image_plugin_dir):
    model = PluginConfiguration(**_load(model_plugin_dir, "manifest.yaml"))
    image = PluginConfiguration(**_load(image_plugin_dir, "manifest.yaml"))
    assert model.author == image.author == "crazyrouter"
    assert model.plugins.models
    assert not model.plugins.tools
    assert image.plugins.tools
    assert not image.plugins.models
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
    assert {feature.value for feature in names["gpt-5.4"].features} >= {"tool-call", "multi-tool-call", "stream-tool-call", "vision", "agent-thought"}
    temperature = next(rule for rule in names["claude-sonnet-4-6"].parameter_rules if rule.name == "temperature")
    assert (temperature.min, temperature.max) == (0, 2)
    assert provider.model_credential_schema is not None
    assert provider.position is not None
    assert provider.position.llm[0] == "gpt-5.4"


def test_tool_provider_and_tool_validate(image_plugin_dir):
    with inside_plugin(image_plugin_dir):
        provider = ToolProviderConfiguration(**_load(image_plugin_dir, "provider/crazyrouter_image.yaml"))
        tool = ToolConfiguration(**_load(image_plugin_dir, "tools/generate_image.yaml"))
    assert {credential.name for credential in provider.credentials_schema} == {"api_key", "base_url_region", "custom_base_url"}
    assert [item.identity.name for item in provider.tools] == ["generate_image"]
    parameters = {parameter.name: parameter for parameter in tool.parameters}
    assert parameters["prompt"].required
    assert parameters["model"].default == "gpt-image-2"
    assert (parameters["n"].min, parameters["n"].max) == (1, 10)


def test_registration_loads_our_classes(model_plugin, image_plugin):
    llm = model_plugin.get_model_instance("crazyrouter", ModelType.LLM)
    embedding = model_plugin.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)
    assert isinstance(llm, LargeLanguageModel)
    assert type(llm).__name__ == "CrazyrouterLargeLanguageModel"
    assert isinstance(embedding, TextEmbeddingModel)
    assert type(embedding).__name__ == "CrazyrouterTextEmbeddingModel"
    assert [asset.filename for asset in model_plugin.files] == ["icon.svg"]
    assert image_plugin.get_tool_cls("crazyrouter_image", "generate_image").__name__ == "GenerateImageTool"
    assert image_plugin.get_tool_provider_cls("crazyrouter_image").__name__ == "CrazyrouterImageProvider"


def test_runs_on_the_python_and_sdk_the_driver_asked_for():
    expected = os.environ.get("CRAZYROUTER_EXPECTED_SDK")
    if not expected:
        pytest.skip("CRAZYROUTER_EXPECTED_SDK is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)")
    python, sdk = expected.split()
    assert f"{sys.version_info.major}.{sys.version_info.minor}" == python
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
