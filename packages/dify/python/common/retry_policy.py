"""The core's retry policy (retry/retry-policy.ts: DEFAULT_RETRY_POLICY, parseRetryAfter, backoffDelayMs) in seconds,
for the one call the plugin retries itself: an embeddings batch the gateway refused with 429. Every other failure
is left to Dify, as before."""

import math
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

from crazyrouter_common.gateway_constants import (
    RETRY_BASE_DELAY_SECONDS,
    RETRY_MAX_DELAY_SECONDS,
    RETRY_MAX_RETRY_AFTER_SECONDS,
)


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) and value >= 0 else None


def parse_retry_after(headers: Mapping, now_epoch_seconds: float) -> float | None:
    """Seconds to wait from `retry-after-ms` (OpenAI's precise header) or `retry-after` (seconds or an HTTP date);
    None when absent or unreadable."""
    precise = _number(headers.get("retry-after-ms"))
    if precise is not None:
        return precise / 1000
    value = headers.get("retry-after")
    seconds = _number(value)
    if seconds is not None or not value:
        return seconds
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now_epoch_seconds)
    except (TypeError, ValueError):
        return None


def backoff_delay(retry_number: int, random: Callable[[], float], retry_after: float | None = None) -> float:
    """The server's retry-after up to the cap, else exponential backoff with jitter (half fixed, half random) so
    clients that failed together spread out."""
    if retry_after is not None and retry_after <= RETRY_MAX_RETRY_AFTER_SECONDS:
        return retry_after
    exponential = min(RETRY_MAX_DELAY_SECONDS, RETRY_BASE_DELAY_SECONDS * 2 ** (retry_number - 1))
    return exponential / 2 + exponential / 2 * random()
