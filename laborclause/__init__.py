"""Shared core of laborclause: the obligation catalog, errors, bundled data and the batch runner."""

from __future__ import annotations

from laborclause.catalog import Catalog, Obligation, Theme, load_catalog
from laborclause.errors import (
    ConversionError,
    DataError,
    DocumentError,
    LaborclauseError,
    PlaybookError,
    TemplateError,
)

__version__ = "0.1.0"

__all__ = [
    "Catalog",
    "ConversionError",
    "DataError",
    "DocumentError",
    "LaborclauseError",
    "Obligation",
    "PlaybookError",
    "TemplateError",
    "Theme",
    "__version__",
    "load_catalog",
]
