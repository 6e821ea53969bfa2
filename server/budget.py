"""The per-request time budget for an analysis.

Input bounds (validation.bound_snapshot) keep an analysis well inside the
budget; this is the backstop when the machine is overloaded. The analysis
runs on a small per-process thread pool and the request waits at most the
budget that is left; past it the client gets 503 with Retry-After (the
server's state, not the input, is at fault). A Python thread cannot be
killed, so a late analysis finishes in the background and its result is
dropped; the pool's size caps how many can pile up.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from .errors import ApiError

_lock = threading.Lock()
_pool: tuple[int, ThreadPoolExecutor] | None = None


def _executor(size: int) -> ThreadPoolExecutor:
    # Created lazily and per process: gunicorn forks workers after the app is
    # loaded (--preload), and threads do not survive a fork.
    global _pool
    with _lock:
        if _pool is None or _pool[0] != os.getpid():
            _pool = (os.getpid(), ThreadPoolExecutor(max_workers=size, thread_name_prefix="analysis"))
        return _pool[1]


def run_within(seconds: float, function, *args, pool_size: int = 4):
    """function(*args), or ApiError 503 when it does not finish within `seconds`."""
    if seconds <= 0:
        raise ApiError(503, "time_budget_exceeded",
                       "The server is too busy to analyse this snapshot in time; retry shortly.",
                       headers={"Retry-After": "1"})
    future = _executor(pool_size).submit(function, *args)
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        future.cancel()
        raise ApiError(503, "time_budget_exceeded",
                       f"The analysis did not finish within the {seconds * 1000:.0f} ms left of the time budget; "
                       "the server is busy, retry shortly.", headers={"Retry-After": "1"}) from None
