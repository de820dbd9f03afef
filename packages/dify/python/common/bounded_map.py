"""`task` over a list with a bound on how many run at once: the embeddings batches of one Dify call."""

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Stopped(Exception):
    """An item not started because an earlier one failed."""


def bounded_map(task: Callable[[T], R], items: list[T], bound: int) -> list[R]:
    """The results of `task` over `items` in input order, with at most `bound` running at once.

    Dify hands a knowledge-base import to the plugin in lists of thousands of chunks: batches sent one after another
    would wait out the gateway's latency once per batch. The first failure (a 429 among them; the plugin does not
    retry) stops the items not yet started, and the error raised is the one of the first failing item in input
    order, as one after another would have raised. Threads, because the daemon runs the plugin gevent-patched (they
    are greenlets there) and `requests` blocks either way.
    """
    if len(items) <= 1 or bound <= 1:
        return [task(item) for item in items]
    failed = threading.Event()

    def run(item: T) -> R:
        if failed.is_set():
            raise _Stopped()
        try:
            return task(item)
        except BaseException:
            failed.set()
            raise

    with ThreadPoolExecutor(max_workers=min(bound, len(items))) as pool:
        futures = [pool.submit(run, item) for item in items]
    for future in futures:
        error = future.exception()
        if error is not None and not isinstance(error, _Stopped):
            raise error
    return [future.result() for future in futures]
