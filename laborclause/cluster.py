"""The batch on a Dask cluster: `batch.run_ordered` hands over here for a `ClusterExecutor`.

Items go in small chunks of consecutive items (one task each), so Dask's cost per task
(about 10 ms of scheduler, client and worker time) is shared by several documents; each
item is packed with its files (`laborclause.shipping`) and its outcome mapped back. Dask
runs a chunk again when its worker dies; a chunk that kills every worker that tries it
is split and its items run on their own, so only the item that kills workers is an
error (`worker-crashed`) and the others complete.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from itertools import islice
from typing import Any

from laborclause.batch import ErrorInfo, Outcome, crash_message
from laborclause.shipping import Delivery, pack, run_packed, unpack

Group = list[tuple[int, Any]]  # (input index, item as the caller gave it)


def run_chunk(func: Callable[[Any], Any], chunk: list[tuple[int, Any]]) -> list[Delivery]:
    """On the worker: each packed item of the chunk, in order."""
    return [run_packed(func, index, packed) for index, packed in chunk]


def run_on_cluster(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    pool: Executor,
    *,
    ship: bool,
    chunk: int,
    window: int,
) -> Iterator[Outcome[Any]]:
    """Outcomes in input order, at most `window` chunks in flight."""

    def submit(group: Group) -> Future[Any]:
        return pool.submit(run_chunk, func, [(index, pack(item, ship)) for index, item in group])

    pending: deque[tuple[Group, Future[Any]]] = deque()
    numbered = enumerate(items)
    try:
        while group := list(islice(numbered, chunk)):
            pending.append((group, submit(group)))
            while len(pending) >= window:
                yield from _take(pending, submit)
        while pending:
            yield from _take(pending, submit)
    finally:
        for _, future in pending:
            future.cancel()


def _take(
    pending: deque[tuple[Group, Future[Any]]], submit: Callable[[Group], Future[Any]]
) -> Iterator[Outcome[Any]]:
    group, future = pending.popleft()
    try:
        deliveries = future.result()
    except Exception as exc:  # noqa: BLE001 - the workers died, not an item's own error
        if len(group) == 1:
            index, item = group[0]
            yield Outcome(index, item, error=ErrorInfo("worker-crashed", crash_message(exc)))
            return
        # One of them kills workers: each on its own and one after another, so only that
        # one is reported (run side by side, an innocent item queued on a worker the killer
        # takes down would be counted as a suspect too).
        for entry in group:
            yield from _take(deque([([entry], submit([entry]))]), submit)
        return
    for delivery in deliveries:
        yield unpack(delivery)
