"""What copy and paste adds around a value: invisible characters, spaces, quotes. The character sets are the
core's (text/character-classes.ts), spelled out because Python's \\s and strip() use another set."""

import re

from crazyrouter_common.gateway_constants import INVISIBLE_CLASS, SPACE_CLASS

_INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]")
# \Z, not $: Python's $ also matches before a final line break.
_EDGE_SPACES = re.compile(f"^[{SPACE_CLASS}]+|[{SPACE_CLASS}]+\\Z")
_QUOTED = re.compile(r"^[\"'].*[\"']\Z", re.DOTALL)


def remove_invisible(text: str) -> str:
    """Drops zero-width spaces, joiners, word joiners and byte-order marks wherever they are."""
    return _INVISIBLE.sub("", text)


def trim_spaces(text: str) -> str:
    """What JavaScript's trim() does."""
    return _EDGE_SPACES.sub("", text)


def is_quoted(text: str) -> bool:
    return bool(_QUOTED.match(text))
