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
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


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
    """
    if executor is None and workers <= 1:
        for index, item in enumerate(items):
            yield call_safely(func, index, item)
        return
    owned = executor is None
    pool = executor or local_executor(workers)
    limit = window or max(4, 4 * workers)
    pending: deque[tuple[int, Any, Future[Outcome[T]]]] = deque()
    try:
        for index, item in enumerate(items):
            pending.append((index, item, pool.submit(call_safely, func, index, item)))
            while len(pending) >= limit:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        for _, _, future in pending:
            future.cancel()
        if owned:
            pool.shutdown(wait=True, cancel_futures=True)


def _result(index: int, item: Any, future: Future[Outcome[T]]) -> Outcome[T]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker process, not the item's own error
        return Outcome(index, item, error=ErrorInfo("worker-crashed", f"worker failed: {exc}"))
