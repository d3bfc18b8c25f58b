"""One batch runner for generate, analyze and amend.

It maps a pure, picklable function over work items on an executor (local processes
by default; any `concurrent.futures.Executor`, e.g. a Dask client's executor, works),
yields outcomes in input order as they finish, and turns a failure into an error
outcome so one bad item never stops the others. At most `window` items are in flight,
so memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from laborclause.errors import LaborclauseError

T = TypeVar("T")


@dataclass(frozen=True)
class ErrorInfo:
    """A picklable description of a failed item (exceptions lose fields when pickled)."""

    code: str
    message: str
    path: str | None = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


@dataclass(frozen=True)
class Outcome(Generic[T]):
    index: int
    item: Any
    value: T | None = None
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def call_safely(func: Callable[[Any], T], index: int, item: Any) -> Outcome[T]:
    """Run one item; user errors and unexpected failures both become error outcomes."""
    try:
        return Outcome(index, item, value=func(item))
    except LaborclauseError as exc:
        return Outcome(index, item, error=ErrorInfo(exc.code, exc.message, exc.path))
    except MemoryError:
        return Outcome(index, item, error=ErrorInfo("out-of-memory", "ran out of memory"))
    except Exception as exc:  # noqa: BLE001 - a batch must survive any one bad item
        message = f"unexpected {type(exc).__name__}: {exc}".strip()
        return Outcome(index, item, error=ErrorInfo("internal-error", message))


def local_executor(workers: int) -> ProcessPoolExecutor:
    """Worker processes; fork on Linux so imported modules (spaCy, jinja) are shared."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def run_ordered(
    func: Callable[[Any], T],
    items: Iterable[Any],
    *,
    workers: int = 1,
    executor: Executor | None = None,
    window: int | None = None,
) -> Iterator[Outcome[T]]:
    """Yield `Outcome`s of `func(item)` in input order.

    With `executor` the work goes there (the caller owns it); otherwise `workers`
    local processes are started, or, with one worker, the items run in this process.
    An executor on other machines (`executors.ClusterExecutor`) gets each item packed
    with its files (`laborclause.shipping`) and its outcome mapped back.
    """
    if executor is None and workers <= 1:
        for index, item in enumerate(items):
            yield call_safely(func, index, item)
        return
    owned = executor is None
    pool = executor or local_executor(workers)
    ship: bool | None = getattr(pool, "ship_files", None)  # None: same machine, items as they are
    limit = window or max(4, 4 * getattr(pool, "slots", workers))
    pending: deque[tuple[int, Any, Future[Any]]] = deque()
    try:
        for index, item in enumerate(items):
            future: Future[Any]
            if ship is None:
                future = pool.submit(call_safely, func, index, item)
            else:
                from laborclause.shipping import pack, run_packed

                future = pool.submit(run_packed, func, index, pack(item, ship))
            pending.append((index, item, future))
            while len(pending) >= limit:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        for _, _, future in pending:
            future.cancel()
        if owned:
            pool.shutdown(wait=True, cancel_futures=True)


def _result(index: int, item: Any, future: Future[Any]) -> Outcome[Any]:
    try:
        done = future.result()
    except Exception as exc:  # noqa: BLE001 - the worker died, not the item's own error
        return Outcome(index, item, error=ErrorInfo("worker-crashed", _crash_message(exc)))
    if isinstance(done, Outcome):
        return done
    from laborclause.shipping import unpack

    return unpack(done)


def _crash_message(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":  # Dask: it died on every worker that tried it
        return "it stopped every worker process that tried it (a crash or running out of memory)"
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"the worker process failed: {detail}"
