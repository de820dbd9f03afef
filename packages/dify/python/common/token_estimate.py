"""Token counts estimated from characters.

The SDK's counter loads a tiktoken encoding, which downloads it on first use; a plugin must not touch the
network for that, and Dify only needs an estimate (the gateway reports real usage).
"""

import json
import math
import re

_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def estimate_tokens(text: object) -> int:
    """About four characters per token for Latin text, one per CJK character."""
    if text is None:
        return 0
    if not isinstance(text, str):
        text = json.dumps(text, ensure_ascii=False, default=str)
    if not text:
        return 0
    wide = len(_WIDE.findall(text))
    return wide + math.ceil((len(text) - wide) / 4)


def estimate_message_tokens(messages: list[dict], tools: list[dict] | None = None) -> int:
    """Tokens of chat messages (as sent) plus tool definitions, with the usual per-message overhead."""
    total = 3
    for message in messages:
        total += 3
        for key, value in message.items():
            if isinstance(value, list):
                value = " ".join(part.get("text", "") for part in value if isinstance(part, dict))
            total += estimate_tokens(value) + (1 if key == "name" else 0)
    for tool in tools or []:
        total += estimate_tokens(tool)
    return total
