"""API key checks that catch the pasting mistakes behind most 401s. Messages never contain the key.

The rule is the core's checkApiKey; its cases are the shared table fixtures/api-key.json, which
python-tests/test_shared_fixtures.py runs against this module. Character sets, limits and texts come from the
core (gateway_constants.py); only the steps are written here, in the core's order.
"""

import re
from typing import NamedTuple

from crazyrouter_common.gateway_constants import (
    API_KEY_CHANGES,
    API_KEY_REFUSALS,
    MAX_API_KEY_LENGTH,
    PRINTABLE_ASCII_CLASS,
    SPACE_CLASS,
)
from crazyrouter_common.pasted_text import is_quoted, remove_invisible, trim_spaces

_BEARER = re.compile(f"^bearer[{SPACE_CLASS}]+", re.IGNORECASE)
_SPACE = re.compile(f"[{SPACE_CLASS}]")
_PRINTABLE_ASCII = re.compile(f"[{PRINTABLE_ASCII_CLASS}]+")


class ApiKeyError(ValueError):
    """The API key cannot be sent as it is; the message says how to fix it, and `reason` which rule refused it."""

    def __init__(self, reason: str, **values: int) -> None:
        self.reason = reason
        refusal = API_KEY_REFUSALS[reason]
        super().__init__(f"{refusal['message'].format(**values)} {refusal['hint']}")


class CheckedApiKey(NamedTuple):
    api_key: str
    changes: list[str]
    notes: list[str]


def _unwrap_once(key: str) -> tuple[str, str | None]:
    """One of the corrections that can wrap a key in any order: spaces, a Bearer prefix, a pair of quotes."""
    trimmed = trim_spaces(key)
    if trimmed != key:
        return trimmed, "trimmed"
    if _BEARER.match(key):
        return _BEARER.sub("", key, count=1), "removed_bearer"
    if is_quoted(key):
        return key[1:-1], "removed_quotes"
    return key, None


def check_api_key(value: object) -> CheckedApiKey:
    changes: list[str] = []
    pasted = "" if value is None else str(value)
    key = remove_invisible(pasted)
    if key != pasted:
        changes.append("removed_invisible")
    if not trim_spaces(key):
        raise ApiKeyError("missing")
    key, change = _unwrap_once(key)
    while change:
        if change not in changes:
            changes.append(change)
        key, change = _unwrap_once(key)
    if not key:
        raise ApiKeyError("empty")
    if _SPACE.search(key):
        raise ApiKeyError("spaces_inside")
    if not _PRINTABLE_ASCII.fullmatch(key):
        raise ApiKeyError("non_ascii")
    if len(key) > MAX_API_KEY_LENGTH:
        raise ApiKeyError("too_long", length=len(key), max=MAX_API_KEY_LENGTH)
    return CheckedApiKey(key, changes, [API_KEY_CHANGES[code] for code in changes])


def clean_api_key(value: object) -> str:
    return check_api_key(value).api_key
