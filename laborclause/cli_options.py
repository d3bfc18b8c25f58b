"""Option bundles shared by the batch commands (generate --batch, analyze, amend)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from laborclause.batch import default_workers


def batch_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--workers and --scheduler: the same batch runs locally or on a Dask cluster."""
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
        help="Worker processes for a batch.",
    )(func)
    return func
