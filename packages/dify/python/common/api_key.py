"""API key checks that catch the pasting mistakes behind most 401s. Messages never contain the key."""

import re

from crazyrouter_common.gateway_constants import FIX_HINTS


class ApiKeyError(ValueError):
    """The API key cannot be sent as it is; the message says how to fix it."""


def clean_api_key(value: object) -> str:
    key = str(value or "").strip()
    if not key:
        raise ApiKeyError(f"No API key is set. {FIX_HINTS['auth']}")
    key = re.sub(r"^bearer\s+", "", key, flags=re.IGNORECASE)
    if len(key) >= 2 and key[0] in "\"'" and key[-1] in "\"'":
        key = key[1:-1]
    if re.search(r"\s", key):
        raise ApiKeyError("The API key contains spaces or line breaks inside it. Copy it again from the dashboard as one sk-... value.")
    if not re.fullmatch(r"[\x21-\x7e]+", key):
        raise ApiKeyError("The API key contains non-ASCII characters (often a smart quote). Copy it again instead of typing it.")
    return key
