"""`task` over a list with a bound on how many run at once: the embeddings batches of one Dify call."""

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Stopped(Exception):
    """An item not started because an earlier one failed."""


def bounded_map(task: Callable[[T], R], items: list[T], bound: int) -> Iterator[R]:
    """The results of `task` over `items` in input order, as each is ready, with at most `bound` running at once.

    Dify hands a knowledge-base import to the plugin in lists of thousands of chunks: batches sent one after another
    would wait out the gateway's latency once per batch. Results come as an iterator, so the caller works on one
    (decodes a batch's vectors) while the next requests are already out. The first failure stops the items not yet
    started, and the error raised is the one of the first failing item in input order, as one after another would
    have raised. Close the iterator (or run it to the end): closing stops what has not started and waits for what
    has. Threads, because the daemon runs the plugin gevent-patched (they are greenlets there) and `requests` blocks
    either way.
    """
    if len(items) <= 1 or bound <= 1:
        yield from map(task, items)
        return
    failed = threading.Event()

    def run(item: T) -> R:
        if failed.is_set():
            raise _Stopped()
        try:
            return task(item)
        except BaseException:
            failed.set()
            raise

    pool = ThreadPoolExecutor(max_workers=min(bound, len(items)))
    try:
        futures = [pool.submit(run, item) for item in items]
        for index, future in enumerate(futures):
            error = future.exception()
            if isinstance(error, _Stopped):
                # A later item failed first (threads race): its error is the one to raise.
                later_errors = (later.exception() for later in futures[index + 1 :])
                error = next(later for later in later_errors if later is not None and not isinstance(later, _Stopped))
            if error is not None:
                raise error
            yield future.result()
    finally:
        failed.set()
        pool.shutdown(wait=True, cancel_futures=True)
