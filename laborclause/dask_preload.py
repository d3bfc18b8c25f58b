"""Dask workers warm before their first task: `dask worker ADDR --preload laborclause.dask_preload`.

Without it each worker imports spaCy, builds the pipeline and parses the default playbook
on its first document (several seconds, on every worker of the cluster, in every freshly
started or restarted worker); with it that happens while the worker starts.
"""

from __future__ import annotations

from typing import Any

# The readers and the libraries they import on a worker's first document of each format.
MODULES = ("analyzer.readers", "analyzer.read_docx", "analyzer.read_pdf", "docx", "pypdfium2")
WARM_TEXT = "Supplier shall not use forced labor. Supplier should endeavor to train its workers."


def warm_up() -> None:
    """Load what every document's analysis needs: readers, pipeline, lookups, default playbook."""
    import importlib

    from analyzer.engine import analyze_document, document_from_text
    from analyzer.pipeline import cached_playbook

    for module in MODULES:
        importlib.import_module(module)
    analyze_document(document_from_text(WARM_TEXT), cached_playbook(None))


def dask_setup(worker: Any) -> None:  # the hook `dask worker --preload` calls
    warm_up()
