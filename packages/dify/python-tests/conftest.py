"""Shared fixtures: the generated plugin folders loaded the way Dify's runtime loads them, and the dev
gateway (started by the vitest driver) with its request recording.

Environment (set by src/dify-sdk.test.ts or test/conformance/dify.test.ts):
  CRAZYROUTER_GATEWAY_URL       root of the dev gateway, e.g. http://127.0.0.1:PORT
  CRAZYROUTER_API_KEY           a key the gateway accepts
  CRAZYROUTER_MODEL_PLUGIN_DIR  the generated crazyrouter/ folder
  CRAZYROUTER_IMAGE_PLUGIN_DIR  the generated crazyrouter_image/ folder
  CRAZYROUTER_DENIED_MODEL      a model that exists but is not in the key's whitelist (optional)
  CRAZYROUTER_IMAGE_RULE_CASES  JSON file of the core's IMAGE_DOWNLOAD_RULE_CASES
  CRAZYROUTER_HOSTILE_GATEWAY_URL, CRAZYROUTER_HOSTILE_API_KEY, CRAZYROUTER_HOSTILE_INTERNAL_URL
                                the hostile image gateway (dev-gateway's startHostileGateway), driven through
                                its /__hostile/ routes, and its recording internal server
"""

import hashlib
import json
import os
import re
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

# Importing the SDK patches sockets with gevent, as in the real runtime; import it before anything else.
import dify_plugin  # noqa: F401
import pytest
from dify_plugin.config.config import DifyPluginEnv
from dify_plugin.core.plugin_registration import PluginRegistration

_PLUGIN_MODULE_ROOTS = ("crazyrouter_common", "models", "provider", "tools", "main")
HTTP_TIMEOUT_SECONDS = 10


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.skip(f"{name} is not set; run through vitest (packages/dify/src/dify-sdk.test.ts)")
    return value


@contextmanager
def inside_plugin(folder: str):
    """As the runtime: cwd is the plugin folder and its modules import from there, none left from another plugin."""
    previous = os.getcwd()
    for name in list(sys.modules):
        if name.split(".")[0] in _PLUGIN_MODULE_ROOTS:
            del sys.modules[name]
    sys.path.insert(0, folder)
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)
        sys.path.remove(folder)


def load_plugin(folder: str) -> PluginRegistration:
    with inside_plugin(folder):
        registration = PluginRegistration(DifyPluginEnv())
    # Bound every HTTP call of the plugin code so a hung request fails the test instead of stalling it.
    for name in ("crazyrouter_common.gateway_client", "crazyrouter_common.image_download"):
        module = sys.modules.get(name)
        if module is not None:
            module.READ_TIMEOUT_SECONDS = HTTP_TIMEOUT_SECONDS
            module.CONNECT_TIMEOUT_SECONDS = HTTP_TIMEOUT_SECONDS
    return registration


@pytest.fixture(scope="session")
def gateway_url() -> str:
    return _env("CRAZYROUTER_GATEWAY_URL").rstrip("/")


@pytest.fixture(scope="session")
def api_key() -> str:
    return _env("CRAZYROUTER_API_KEY")


@pytest.fixture(scope="session")
def model_plugin_dir() -> str:
    return str(Path(_env("CRAZYROUTER_MODEL_PLUGIN_DIR")).resolve())


@pytest.fixture(scope="session")
def image_plugin_dir() -> str:
    return str(Path(_env("CRAZYROUTER_IMAGE_PLUGIN_DIR")).resolve())


@pytest.fixture(scope="session")
def model_plugin(model_plugin_dir) -> PluginRegistration:
    return load_plugin(model_plugin_dir)


@pytest.fixture(scope="session")
def image_plugin(image_plugin_dir, model_plugin) -> PluginRegistration:
    # Loaded after the model plugin, as a second plugin process would be: its own copy of every module.
    return load_plugin(image_plugin_dir)


@pytest.fixture
def credentials(gateway_url, api_key) -> dict:
    return {"api_key": api_key, "base_url_region": "custom", "custom_base_url": gateway_url + "/v1"}


# The dev gateway records these headers as fingerprints, never in clear (packages/dev-gateway/src/recording/credential-fingerprint.ts).
CREDENTIAL_HEADERS = {"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"}


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) (.*)", re.DOTALL)


def credential_fingerprint(value: str) -> str:
    """The scheme as sent, then sha256: and the first 16 hex digits of the SHA-256 of what follows its space."""
    match = _SCHEME.fullmatch(value)
    secret = match.group(2) if match else value
    digest = hashlib.sha256(secret.encode()).hexdigest()[:16]
    return f"{match.group(1)} sha256:{digest}" if match else f"sha256:{digest}"


def recorded_header(name: str, value: str) -> str:
    """What the recording holds for header `name` sent as `value`."""
    return credential_fingerprint(value) if name.lower() in CREDENTIAL_HEADERS else value


class Recording:
    """The dev gateway's request log (GET /__dev/requests), cleared before each test."""

    def __init__(self, gateway_url: str) -> None:
        self.url = gateway_url + "/__dev/requests"

    def clear(self) -> None:
        urllib.request.urlopen(urllib.request.Request(self.url, method="DELETE"), timeout=HTTP_TIMEOUT_SECONDS).read()

    def requests(self) -> list[dict]:
        with urllib.request.urlopen(self.url, timeout=HTTP_TIMEOUT_SECONDS) as response:
            answer = json.loads(response.read())
        return answer["requests"] if isinstance(answer, dict) else answer


@pytest.fixture
def recording(gateway_url) -> Recording:
    log = Recording(gateway_url)
    log.clear()
    return log


@pytest.fixture(scope="session")
def image_rule_cases() -> dict:
    with open(_env("CRAZYROUTER_IMAGE_RULE_CASES"), encoding="utf-8") as file:
        return json.load(file)


class HostileGateway:
    """The hostile image gateway of the vitest driver: what image calls answer, and what its servers saw."""

    def __init__(self, url: str, api_key: str) -> None:
        self.url = url
        self.api_key = api_key

    def _call(self, method: str, path: str, body: object = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_SECONDS) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        self._call("POST", "/__hostile/reset", {})

    def answer_images(self, items: list[dict]) -> None:
        self._call("POST", "/__hostile/answer", items)

    def state(self) -> dict:
        return self._call("GET", "/__hostile/state")

    def credentials(self) -> dict:
        return {"api_key": self.api_key, "base_url_region": "custom", "custom_base_url": self.url + "/v1"}


@pytest.fixture
def hostile() -> HostileGateway:
    gateway = HostileGateway(_env("CRAZYROUTER_HOSTILE_GATEWAY_URL").rstrip("/"), _env("CRAZYROUTER_HOSTILE_API_KEY"))
    gateway.reset()
    return gateway


@pytest.fixture(scope="session")
def hostile_internal_port() -> str:
    return _env("CRAZYROUTER_HOSTILE_INTERNAL_URL").rsplit(":", 1)[1].rstrip("/")
