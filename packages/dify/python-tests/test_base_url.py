"""Base URL presets of the credential form. How pasted URLs are normalised is the core's shared table,
run row for row in test_shared_fixtures.py."""

import importlib

import pytest

from conftest import inside_plugin


@pytest.fixture(scope="module")
def base_url(model_plugin_dir):
    with inside_plugin(model_plugin_dir):
        return importlib.import_module("crazyrouter_common.base_url")


def test_region_presets(base_url):
    assert base_url.resolve_base_url({}) == "https://crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "cn"}) == "https://cn.crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "api"}) == "https://api.crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "custom", "custom_base_url": "example.org"}) == "https://example.org/v1"
    with pytest.raises(base_url.BaseUrlError):
        base_url.resolve_base_url({"base_url_region": "custom"})
    with pytest.raises(base_url.BaseUrlError):
        base_url.resolve_base_url({"base_url_region": "mars"})


def test_a_custom_url_is_normalised_and_refusals_say_why(base_url):
    assert base_url.resolve_base_url({"custom_base_url": " https://proxy.example/openai/v1/chat/completions "}) == "https://proxy.example/openai/v1"
    with pytest.raises(base_url.BaseUrlError) as raised:
        base_url.resolve_base_url({"custom_base_url": "https://user:secret@crazyrouter.com/v1"})
    assert raised.value.reason == "credentials"
    assert "secret" not in str(raised.value)
    assert "set the API key separately" in str(raised.value)
