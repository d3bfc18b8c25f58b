"""Where batch work runs: in this process, in local worker processes, or on a Dask cluster.

Every batch command opens its executor here and hands it to `batch.run_ordered`, so the
work items and the functions are the same whichever engine runs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from laborclause.batch import local_executor
from laborclause.errors import LaborclauseError

# Dask retries a task whose worker died; a document that kills workers this many
# times more is reported as an error row.
DASK_RETRIES = 2


@contextmanager
def open_executor(workers: int, scheduler: str | None = None) -> Iterator[Executor | None]:
    """None means "run in this process" (one worker, no scheduler)."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - dask is a declared dependency
            raise LaborclauseError("--scheduler needs dask[distributed]: pip install 'dask[distributed]'") from exc
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise LaborclauseError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client.get_executor(retries=DASK_RETRIES, pure=False)
        finally:
            client.close()
    elif workers > 1:
        pool = local_executor(workers)
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        yield None
