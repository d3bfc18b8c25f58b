"""One error hierarchy: user errors carry a one-line message and an exit code.

`cli.py` is the only place that turns them into exit codes; everything else raises.
"""

from __future__ import annotations

from pathlib import Path


class LaborclauseError(Exception):
    """A problem the user can fix. Printed as one line, never with a traceback."""

    exit_code = 2
    code = "error"

    def __init__(self, message: str, *, path: str | Path | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DataError(LaborclauseError):
    """A company data file or CSV row that is missing a field or has a wrong value."""

    code = "invalid-data"


class TemplateError(LaborclauseError):
    """A template that cannot render: unknown variable, syntax error, broken DOCX tag."""

    code = "template-error"


class DocumentError(LaborclauseError):
    """An input document that cannot be read (corrupt, encrypted, no text layer, too large...)."""

    code = "unreadable"


class PlaybookError(LaborclauseError):
    """A playbook or rule file that does not validate."""

    code = "invalid-playbook"


class ConversionError(LaborclauseError):
    """DOCX to PDF conversion failed or LibreOffice is not installed."""

    code = "conversion-failed"
