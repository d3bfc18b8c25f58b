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
from concurrent.futures import BrokenExecutor, CancelledError, Executor, Future, ProcessPoolExecutor
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
    An executor on other machines (`executors.ClusterExecutor`) runs the items in chunks,
    packed with their files (`laborclause.cluster`). A local pool that a dying worker
    breaks is replaced, and the items it took down run again one by one, so only the one
    that kills it is an error.
    """
    if executor is None and workers <= 1:
        for index, item in enumerate(items):
            yield call_safely(func, index, item)
        return
    ship: bool | None = getattr(executor, "ship_files", None)  # None: the same machine
    if executor is not None and ship is not None:
        from laborclause.cluster import run_on_cluster

        slots = getattr(executor, "slots", workers)
        chunk = getattr(executor, "chunk", 1)
        yield from run_on_cluster(
            func, items, executor, ship=ship, chunk=chunk, window=window or max(4, 4 * slots)
        )
        return
    first = executor or local_executor(workers)
    runner = _Runner(func, first, workers)
    limit = window or max(4, 4 * workers)
    pending: deque[tuple[int, Any, Future[Any]]] = deque()
    try:
        for index, item in enumerate(items):
            pending.append((index, item, runner.submit(index, item)))
            while len(pending) >= limit:
                yield from runner.take(pending)
        while pending:
            yield from runner.take(pending)
    finally:
        for _, _, future in pending:
            future.cancel()
        for pool in runner.started if executor is not None else [first, *runner.started]:
            pool.shutdown(wait=True, cancel_futures=True)


class _Runner:
    """Submits items to the current local pool and replaces it when a crash broke it."""

    def __init__(self, func: Callable[[Any], Any], pool: Executor, workers: int) -> None:
        self.func, self.pool, self.workers = func, pool, workers
        self.started: list[Executor] = []  # local pools started after a crash

    def submit(self, index: int, item: Any) -> Future[Any]:
        try:
            return self.pool.submit(call_safely, self.func, index, item)
        except BrokenExecutor as exc:  # already broken: the item waits for the new pool
            failed: Future[Any] = Future()
            failed.set_exception(exc)
            return failed

    def take(self, pending: deque[tuple[int, Any, Future[Any]]]) -> Iterator[Outcome[Any]]:
        """The next outcome, or, when the local pool broke, every pending item's in turn."""
        index, item, future = pending.popleft()
        if not (_broken(future) and isinstance(self.pool, ProcessPoolExecutor)):
            yield _result(index, item, future)
            return
        suspects = [(index, item, future), *pending]
        pending.clear()
        self._replace()
        for index, item, future in suspects:
            if not _broken(future):
                yield _result(index, item, future)  # finished before the crash
                continue
            alone = self.submit(index, item)  # on its own: a crash now is this item's
            outcome = _result(index, item, alone)
            if _broken(alone):
                self._replace()
            yield outcome

    def _replace(self) -> None:
        self.pool = local_executor(max(1, self.workers))
        self.started.append(self.pool)


def _broken(future: Future[Any]) -> bool:
    try:
        return isinstance(future.exception(), BrokenExecutor)
    except CancelledError:
        return False


def _result(index: int, item: Any, future: Future[Outcome[Any]]) -> Outcome[Any]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - the worker died, not the item's own error
        return Outcome(index, item, error=ErrorInfo("worker-crashed", crash_message(exc)))


def crash_message(exc: BaseException) -> str:
    """One line on why a worker gave no outcome for an item."""
    if type(exc).__name__ == "KilledWorker":  # Dask: it died on every worker that tried it
        return "it stopped every worker process that tried it (a crash or running out of memory)"
    if isinstance(exc, BrokenExecutor):
        return "it stopped the worker process running it (a crash or running out of memory)"
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"the worker process failed: {detail}"
