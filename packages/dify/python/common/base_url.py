"""Base URL rules: any form a user pastes becomes the canonical .../v1 base."""

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from crazyrouter_common.gateway_constants import (
    API_VERSION_PATH,
    CUSTOM_BASE_URL_OPTION,
    DEFAULT_REGION,
    ENDPOINT_PATHS,
    REGION_BASE_URLS,
)

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_HOST_WITH_PORT = re.compile(r"^[^:/]+:\d")
_EXAMPLE = REGION_BASE_URLS[DEFAULT_REGION]


class BaseUrlError(ValueError):
    """The base URL cannot be used; the message says what to enter instead."""


def normalize_base_url(text: str) -> str:
    """Root, /v1, a full endpoint path, trailing slashes, a query string or no scheme: all give .../v1."""
    text = (text or "").strip()
    if not text:
        raise BaseUrlError(f"The base URL is empty. Use {_EXAMPLE}, or pick a region.")
    if not _SCHEME.match(text):
        if _OTHER_SCHEME.match(text) and not _HOST_WITH_PORT.match(text):
            raise BaseUrlError(f"The base URL does not use http or https. Use an https:// URL such as {_EXAMPLE}.")
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise BaseUrlError(f"The base URL is not a valid URL. Use a URL such as {_EXAMPLE}.") from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise BaseUrlError(f"The base URL uses {scheme}, not http or https. Use a URL such as {_EXAMPLE}.")
    if parts.username or parts.password:
        # Never repeat the URL: it holds a secret.
        raise BaseUrlError("The base URL contains a user name or password. Remove them and set the API key separately.")
    if not parts.hostname:
        raise BaseUrlError(f"The base URL has no host. Use a URL such as {_EXAMPLE}.")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    for endpoint in ENDPOINT_PATHS:
        if path.lower().endswith(endpoint):
            path = path[: -len(endpoint)]
            break
    while path.lower().endswith(API_VERSION_PATH + API_VERSION_PATH):
        path = path[: -len(API_VERSION_PATH)]
    if not path.lower().endswith(API_VERSION_PATH):
        path = path + API_VERSION_PATH
    else:
        path = path[: -len(API_VERSION_PATH)] + API_VERSION_PATH
    return f"{scheme}://{netloc}{path}"


def resolve_base_url(credentials: Mapping) -> str:
    """The base URL a credential form asks for: the custom URL when given, else the region's preset."""
    custom = str(credentials.get("custom_base_url") or credentials.get("endpoint_url") or "").strip()
    if custom:
        return normalize_base_url(custom)
    region = str(credentials.get("base_url_region") or "").strip() or DEFAULT_REGION
    if region == CUSTOM_BASE_URL_OPTION:
        raise BaseUrlError(f"Region is set to Custom but no custom base URL is given. Enter one such as {_EXAMPLE}.")
    if region not in REGION_BASE_URLS:
        raise BaseUrlError(f"Unknown region {region!r}. Pick one of: {', '.join(REGION_BASE_URLS)}.")
    return REGION_BASE_URLS[region]
