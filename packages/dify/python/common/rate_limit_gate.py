"""What the embeddings batches of one Dify call share when the gateway answers 429: the batch is sent again after the
server's Retry-After (the core's retry policy: capped, at most RETRY_MAX_RETRIES times), and while it waits no
batch is sent at all, so a knowledge-base import slows down instead of failing."""

import random
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from crazyrouter_common.errors import GatewayError
from crazyrouter_common.gateway_constants import RETRY_MAX_RETRIES
from crazyrouter_common.retry_policy import backoff_delay

R = TypeVar("R")


class RateLimitGate:
    """Time comes in through `sleep`, `clock` (monotonic seconds) and `random`, so tests run it on a fake clock."""

    def __init__(
        self,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._closed = threading.Event()
        # Waiting on the event, so close() ends a wait at once.
        self._sleep = sleep or self._closed.wait
        self._clock, self._random = clock, random
        self._lock = threading.Lock()
        self._resume_at = float("-inf")

    def close(self) -> None:
        """The call is over (it failed elsewhere): batches still waiting out a 429 give up instead of being sent."""
        self._closed.set()

    def send(self, request: Callable[[], R]) -> R:
        """`request()` once the gate is open; after a 429 that says it is a rate limit (not a used-up quota), again."""
        for retry in range(RETRY_MAX_RETRIES + 1):
            self._wait_until_open()
            try:
                return request()
            except GatewayError as error:
                if error.code != "rate_limited" or retry == RETRY_MAX_RETRIES:
                    raise
                delay = backoff_delay(retry + 1, self._random, error.retry_after)
                with self._lock:
                    self._resume_at = max(self._resume_at, self._clock() + delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait_until_open(self) -> None:
        # A loop: another batch's 429 may push the time further while this one sleeps.
        while (remaining := self._resume_at - self._clock()) > 0 and not self._closed.is_set():
            self._sleep(remaining)
        if self._closed.is_set():
            raise GatewayError("aborted", "The embeddings call ended while this batch waited out a rate limit")
