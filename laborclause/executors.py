"""Where batch work runs: in this process, in local worker processes, or on a Dask cluster.

Every batch command opens its executor here and hands it to `batch.run_ordered`, so the
work items and the functions are the same whichever engine runs them.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from typing import Any

import click

from laborclause.batch import local_executor
from laborclause.errors import LaborclauseError

# Dask retries a task whose worker died (the scheduler's `allowed-failures`, 3 by default)
# and a task that raised; a document that kills workers every time is an error row.
DASK_RETRIES = 2
# Items per Dask task: Dask spends about 10 ms of CPU per task (scheduler, client and
# worker), a tenth of a short document's analysis; four documents a task share it.
CHUNK = 4
SHARED_FS_KEY = "laborclause.shared_fs"  # click context meta, set by --shared-fs/--no-shared-fs


class ClusterExecutor(Executor):
    """A Dask client's executor, marked for `run_ordered` as running on other machines.

    `ship_files`: carry the input files' bytes in each task (no shared filesystem);
    otherwise tasks name them by absolute path. `slots`: the cluster's worker threads,
    which size the window of tasks in flight. `chunk`: items per task.
    """

    def __init__(self, client: Any, *, ship_files: bool, chunk: int = CHUNK) -> None:
        self.client = client
        self.ship_files = ship_files
        self.chunk = chunk
        self.inner = client.get_executor(retries=DASK_RETRIES, pure=False)
        self.slots = max(1, sum(client.nthreads().values()))

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        # Dask's executor cancels what is still running when it does not wait.
        self.inner.shutdown(wait=wait and not cancel_futures)


def check_scheduler(scheduler: str, timeout: float = 10.0) -> None:
    """Fail early (before an output file is opened) when the scheduler does not answer."""
    from urllib.parse import urlsplit

    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    if parts.scheme != "tcp":
        return  # other transports (tls, inproc, ucx): Dask's own connect reports them
    try:
        host, port = parts.hostname, parts.port or 8786
    except ValueError as exc:
        raise LaborclauseError(f"not a scheduler address: {scheduler}") from exc
    if not host:
        raise LaborclauseError(f"not a scheduler address: {scheduler}")
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise LaborclauseError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


@contextmanager
def open_executor(
    workers: int, scheduler: str | None = None, *, shared_fs: bool | None = None
) -> Iterator[Executor | None]:
    """None means "run in this process" (one worker, no scheduler).

    `shared_fs` (None: the running command's --shared-fs/--no-shared-fs, else True)
    matters only with a scheduler: whether the workers see the same files as we do.
    """
    if scheduler:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - dask is a declared dependency
            raise LaborclauseError(
                "--scheduler needs dask[distributed]: pip install 'dask[distributed]'"
            ) from exc
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise LaborclauseError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}"
            ) from exc
        if shared_fs is None:
            shared_fs = command_shared_fs()
        pool = ClusterExecutor(client, ship_files=not shared_fs)
        try:
            yield pool
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            client.close()
    elif workers > 1:
        local = local_executor(workers)
        try:
            yield local
        finally:
            local.shutdown(wait=True, cancel_futures=True)
    else:
        yield None


def command_shared_fs() -> bool:
    """The running command's --shared-fs/--no-shared-fs (True outside a command)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx.meta.get(SHARED_FS_KEY, True)) if ctx is not None else True
