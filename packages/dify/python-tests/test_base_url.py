"""Base URL normalisation in the generated Python: every form users paste ends as .../v1."""

import importlib

import pytest

from conftest import inside_plugin


@pytest.fixture(scope="module")
def base_url(model_plugin_dir):
    with inside_plugin(model_plugin_dir):
        return importlib.import_module("crazyrouter_common.base_url")


@pytest.mark.parametrize(
    "pasted",
    [
        "https://crazyrouter.com",
        "https://crazyrouter.com/",
        "https://crazyrouter.com/v1",
        "https://crazyrouter.com/v1/",
        "https://crazyrouter.com/v1/chat/completions",
        "https://crazyrouter.com/v1/embeddings?utm_source=docs",
        "crazyrouter.com/v1",
        "  https://CRAZYROUTER.com/v1/v1  ",
        "https://crazyrouter.com/v1#section",
    ],
)
def test_pasted_forms_become_canonical(base_url, pasted):
    assert base_url.normalize_base_url(pasted) == "https://crazyrouter.com/v1"


def test_keeps_port_and_prefix(base_url):
    assert base_url.normalize_base_url("http://127.0.0.1:8080/proxy/v1/models") == "http://127.0.0.1:8080/proxy/v1"
    assert base_url.normalize_base_url("localhost:3000") == "https://localhost:3000/v1"


@pytest.mark.parametrize("bad", ["ftp://crazyrouter.com/v1", "file:///etc/passwd", "", "https://user:secret@crazyrouter.com/v1"])
def test_rejects_unusable(base_url, bad):
    with pytest.raises(base_url.BaseUrlError) as raised:
        base_url.normalize_base_url(bad)
    assert "secret" not in str(raised.value)


def test_region_presets(base_url):
    assert base_url.resolve_base_url({}) == "https://crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "cn"}) == "https://cn.crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "api"}) == "https://api.crazyrouter.com/v1"
    assert base_url.resolve_base_url({"base_url_region": "custom", "custom_base_url": "example.org"}) == "https://example.org/v1"
    with pytest.raises(base_url.BaseUrlError):
        base_url.resolve_base_url({"base_url_region": "custom"})
