"""The reasoning-model request rule, as core applies it on every other platform (core's
fixtures/reasoning-request-rule.json is run against this module in pytest): for a reasoning model a limit given as
max_tokens goes out as max_completion_tokens, and the sampling fields it refuses are left out."""

from collections.abc import Mapping
from typing import Any

from crazyrouter_common.gateway_constants import REASONING_UNSUPPORTED_FIELDS
from crazyrouter_common.reasoning import is_reasoning_model


def apply_reasoning_model_rule(fields: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The request fields as sent, and the names of the fields left out, in the rule's order. Never changes `fields`."""
    adjusted = dict(fields)
    if not is_reasoning_model(str(adjusted.get("model", ""))):
        return adjusted, []
    if adjusted.get("max_tokens") is not None and adjusted.get("max_completion_tokens") is None:
        adjusted["max_completion_tokens"] = adjusted.pop("max_tokens")
    dropped = [field for field in REASONING_UNSUPPORTED_FIELDS if field in adjusted]
    for field in dropped:
        del adjusted[field]
    return adjusted, dropped
