"""Base URL rules: any form a user pastes becomes the canonical .../v1 base.

The rule is the core's normalizeBaseUrl; its cases are the shared table fixtures/base-url.json, which
python-tests/test_shared_fixtures.py runs against this module. Patterns, paths and texts come from the core
(gateway_constants.py); only the steps are written here, in the core's order.
"""

import re
from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urlsplit

from crazyrouter_common.gateway_constants import (
    API_VERSION_PATH,
    BASE_URL_CHANGES,
    BASE_URL_REFUSALS,
    CONTROL_CLASS,
    CUSTOM_BASE_URL_OPTION,
    DEFAULT_REGION,
    ENDPOINT_PATHS,
    PRINTABLE_ASCII_CLASS,
    REGION_BASE_URLS,
    SPACE_CLASS,
)
from crazyrouter_common.pasted_text import is_quoted, remove_invisible, trim_spaces

_SPACE_OR_CONTROL = re.compile(f"[{SPACE_CLASS}{CONTROL_CLASS}]")
_NOT_PRINTABLE_ASCII = re.compile(f"[^{PRINTABLE_ASCII_CLASS}]")
_WITH_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# host:port (localhost:3000) looks like scheme: but is a URL without its scheme.
_OTHER_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(?!\d)", re.IGNORECASE)
_USER_INFO = re.compile(r"^[^/?#]*@")
# What the WHATWG URL parser (the core's) refuses in a host name and Python's urlsplit lets through.
_FORBIDDEN_IN_HOST = re.compile(r"[<>^|%\\]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_EXAMPLE = REGION_BASE_URLS[DEFAULT_REGION]


class BaseUrlError(ValueError):
    """The base URL cannot be used; the message says what to enter instead, and `reason` which rule refused it."""

    def __init__(self, reason: str, detail: str | None = None, **values: str) -> None:
        self.reason = reason
        if detail is None:
            refusal = BASE_URL_REFUSALS[reason]
            detail = f"{refusal['message'].format(**values)} {refusal['hint']}"
        super().__init__(detail)


class BaseUrl(NamedTuple):
    base_url: str
    root: str
    changes: list[str]
    notes: list[str]


def check_base_url(value: object) -> BaseUrl:
    """Root, /v1, a full endpoint path, slashes, a query string, quotes or no scheme: all give .../v1."""
    changes: list[str] = []
    notes: list[str] = []

    def change(code: str, **values: str) -> None:
        changes.append(code)
        notes.append(BASE_URL_CHANGES[code].format(**values))

    pasted = "" if value is None else str(value)
    text = remove_invisible(pasted)
    if text != pasted:
        change("removed_invisible")
    if trim_spaces(text) != text:
        change("trimmed")
        text = trim_spaces(text)
    if is_quoted(text):
        change("removed_quotes")
        text = trim_spaces(text[1:-1])
    if not text:
        raise BaseUrlError("empty")
    if _SPACE_OR_CONTROL.search(text):
        raise BaseUrlError("spaces_inside")
    if _NOT_PRINTABLE_ASCII.search(text):
        raise BaseUrlError("non_ascii")
    if "\\" in text:
        raise BaseUrlError("invalid_url")
    if not _WITH_SCHEME.match(text):
        if _USER_INFO.match(text):
            raise BaseUrlError("credentials")
        other = _OTHER_SCHEME.match(text)
        if other and other.group(1).lower() in _DEFAULT_PORTS:
            raise BaseUrlError("invalid_url")
        if other:
            raise BaseUrlError("not_http", scheme=other.group(1).lower())
        change("added_scheme")
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise BaseUrlError("invalid_url") from error
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise BaseUrlError("not_http", scheme=scheme)
    host = parts.hostname or ""
    if not host or _FORBIDDEN_IN_HOST.search(host):
        raise BaseUrlError("invalid_url")
    if any(label.startswith("xn--") for label in host.split(".")):
        raise BaseUrlError("punycode", host=host)
    if parts.username or parts.password:
        # Never repeat the URL: it holds a secret.
        raise BaseUrlError("credentials")
    if parts.query or parts.fragment:
        change("removed_query")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = parts.path or "/"
    if path != "/" and path.endswith("/"):
        change("removed_trailing_slash")
        path = path.rstrip("/")
    if re.search(r"/{2,}", path):
        change("collapsed_slashes")
        path = re.sub(r"/{2,}", "/", path)
    endpoint = next((candidate for candidate in ENDPOINT_PATHS if path.lower().endswith(candidate)), None)
    if endpoint:
        change("removed_endpoint", endpoint=endpoint)
        path = path[: -len(endpoint)]
    doubled = API_VERSION_PATH + API_VERSION_PATH
    if path.lower().endswith(doubled):
        change("removed_doubled_v1")
        while path.lower().endswith(doubled):
            path = path[: -len(API_VERSION_PATH)]
    if path == "/":
        path = ""
    if path.lower().endswith(API_VERSION_PATH):
        path = path[: -len(API_VERSION_PATH)]
    else:
        change("added_v1")
    root = f"{scheme}://{netloc}{path}"
    return BaseUrl(root + API_VERSION_PATH, root, changes, notes)


def normalize_base_url(text: object) -> str:
    return check_base_url(text).base_url


def resolve_base_url(credentials: Mapping) -> str:
    """The base URL a credential form asks for: the custom URL when given, else the region's preset."""
    custom = str(credentials.get("custom_base_url") or credentials.get("endpoint_url") or "").strip()
    if custom:
        return normalize_base_url(custom)
    region = str(credentials.get("base_url_region") or "").strip() or DEFAULT_REGION
    if region == CUSTOM_BASE_URL_OPTION:
        raise BaseUrlError("empty", f"Region is set to Custom but no custom base URL is given. Enter one such as {_EXAMPLE}.")
    if region not in REGION_BASE_URLS:
        raise BaseUrlError("region", f"Unknown region {region!r}. Pick one of: {', '.join(REGION_BASE_URLS)}.")
    return REGION_BASE_URLS[region]
