"""Option bundles shared by the commands: the batch options (generate --batch, analyze, amend)
and the company data and output options of generate and amend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from laborclause.batch import default_workers
from laborclause.executors import SHARED_FS_KEY

F = TypeVar("F", bound=Callable[..., Any])


def data_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--data FILE (required), passed as `data_path`."""
    return click.option(
        "--data",
        "data_path",
        required=True,
        type=click.Path(path_type=Path),
        help="Company data file (YAML or JSON).",
    )(func)


def output_option(help: str, *, required: bool = False) -> Callable[[F], F]:
    """-o/--output PATH, passed as `out` (None when not given and not required)."""
    return click.option(
        "-o",
        "--output",
        "out",
        required=required,
        type=click.Path(path_type=Path),
        default=None,
        help=help,
    )


def batch_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--workers, --scheduler, --shared-fs: the same batch runs locally or on a Dask cluster.

    --shared-fs/--no-shared-fs is read by `executors.open_executor` from the click context,
    so commands need no parameter for it.
    """
    func = click.option(
        "--shared-fs/--no-shared-fs",
        default=True,
        show_default=True,
        expose_value=False,
        callback=_remember_shared_fs,
        help="With --scheduler: the workers see these files at the same paths (else the "
        "files' bytes are sent with each task and written files sent back).",
    )(func)
    func = click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Run on a Dask distributed scheduler (e.g. tcp://10.0.0.5:8786) instead of locally.",
    )(func)
    func = click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        default=default_workers(),
        show_default="all cores",
        help="Worker processes for a batch (with --scheduler: the cluster's workers).",
    )(func)
    return func


def _remember_shared_fs(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    ctx.meta[SHARED_FS_KEY] = value
    return value
