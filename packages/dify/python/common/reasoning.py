"""Which models are reasoning models (gpt-5 family, o-series): they take max_completion_tokens, not max_tokens.

The pattern is the core's; its cases are the shared table fixtures/reasoning-models.json.
"""

import re

from crazyrouter_common.gateway_constants import REASONING_MODEL_PATTERN

_REASONING_MODEL = re.compile(REASONING_MODEL_PATTERN)


def is_reasoning_model(model: object) -> bool:
    return bool(_REASONING_MODEL.match(str(model or "").lower()))
