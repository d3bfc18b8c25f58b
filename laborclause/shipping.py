"""Work items that run on other machines: their files named by absolute path (a shared
filesystem, the default) or carried along as bytes (`--no-shared-fs`).

A work item type says which of its fields name files with a `shipped_files` class
attribute (`FileFields`). On a Dask cluster `run_ordered` packs each item in the parent
(`pack`), the worker unpacks it (`run_packed`: files written to a temporary folder under
their own names, the item's paths swapped for those, the same pure function run, written
files read back), and the parent maps the outcome back (`unpack`): results name files as
the user gave them, and written files land where the user asked, whichever machine ran it.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from laborclause.batch import ErrorInfo, Outcome, call_safely
from laborclause.errors import LaborclauseError

# Inputs above this size (when the item has no limit of its own) travel as stand-ins: the
# readers' default --max-size, so they refuse the file as they would locally.
DEFAULT_LIMIT = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileFields:
    """The fields of a work item that name files (each a path, a tuple of paths, or None)."""

    inputs: tuple[str, ...] = ()  # files this item's work reads (the document)
    shared: tuple[str, ...] = ()  # files every item reads (data file, playbook): cached per worker
    outputs: tuple[str, ...] = ()  # files or folders the work writes
    # A field holding a size limit in bytes: a bigger input travels as an empty stand-in of
    # the same size, so the worker's reader refuses it with the same message as locally.
    size_limit: str | None = None


@dataclass(frozen=True)
class Carried:
    """One file named by a packed item."""

    path: str  # as the caller wrote it
    role: str  # "input", "shared" or "output"
    absolute: str
    data: bytes | None = None  # the content, with --no-shared-fs
    size: int | None = None  # a stand-in's size, for an input over the size limit
    digest: str | None = None  # sha256 of a shared file's content: its name in the worker's cache


@dataclass(frozen=True)
class Packed:
    item: Any  # as the caller gave it
    files: tuple[Carried, ...]
    shipped: bool


@dataclass(frozen=True)
class Written:
    """A file the worker wrote, carried back to be written at `path` on the caller's side."""

    path: str
    data: bytes
    folder: str | None = None  # the output folder it belongs to, when the output is a folder


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome[Any]
    written: tuple[Written, ...] = ()


def file_fields(item: Any) -> FileFields | None:
    spec = getattr(type(item), "shipped_files", None)
    return spec if isinstance(spec, FileFields) else None


def pack(item: Any, ship: bool) -> Packed:
    """The item with its files listed (and, when `ship`, their bytes read)."""
    spec = file_fields(item)
    if spec is None:
        if ship:
            raise LaborclauseError(
                f"--no-shared-fs: {type(item).__name__} work items do not say which files they use"
            )
        return Packed(item, (), ship)
    limit = (getattr(item, spec.size_limit) if spec.size_limit else None) or DEFAULT_LIMIT
    carried: list[Carried] = []
    for role, names in (("input", spec.inputs), ("shared", spec.shared), ("output", spec.outputs)):
        for name in names:
            for path in _paths(getattr(item, name)):
                if role != "output" and not os.path.isfile(path):
                    continue  # an id (a bundled playbook) or a missing file: the worker says so
                try:
                    carried.append(_carry(path, role, ship, limit))
                except OSError:
                    continue  # gone or unreadable since: the worker reports it as it finds it
    return Packed(item, tuple(carried), ship)


def _carry(path: str, role: str, ship: bool, limit: int) -> Carried:
    absolute = os.path.abspath(path)
    if not ship or role == "output":
        return Carried(path, role, absolute)
    if role == "shared":
        data, digest = _shared_content(absolute, *_stamp(absolute))
        return Carried(path, role, absolute, data=data, digest=digest)
    size = os.path.getsize(absolute)
    if size > limit:
        return Carried(path, role, absolute, size=size)
    return Carried(path, role, absolute, data=Path(absolute).read_bytes())


def _stamp(path: str) -> tuple[int, int]:
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=16)
def _shared_content(path: str, mtime_ns: int, size: int) -> tuple[bytes, str]:
    """A shared file read once per run (again only if it changes)."""
    data = Path(path).read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def _paths(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (tuple, list)):
        return tuple(str(v) for v in value)
    return (str(value),)


# ---------------------------------------------------------------- on the worker


def run_packed(func: Callable[[Any], Any], index: int, packed: Packed) -> Delivery:
    """Run `func` on the unpacked item; the outcome names the caller's paths."""
    scratch = Path(tempfile.mkdtemp(prefix="laborclause-task-")) if packed.shipped else None
    try:
        local = {c.path: _place(c, scratch, n) for n, c in enumerate(packed.files)}
        outcome = call_safely(func, index, _swap_item(packed.item, local))
        back = {there: here for here, there in local.items()}
        if outcome.ok and scratch is not None:
            written = tuple(
                w for c in packed.files if c.role == "output" for w in _collect(c, local[c.path])
            )
        else:
            written = ()
        return Delivery(_swap_outcome(outcome, back, packed.item), written)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _place(carried: Carried, scratch: Path | None, number: int) -> str:
    """Where the worker finds (or writes) this file."""
    if scratch is None:
        return carried.absolute
    name = os.path.basename(carried.absolute)
    if carried.role == "shared" and carried.data is not None and carried.digest is not None:
        return _cached_shared(carried.digest, name, carried.data)
    folder = scratch / str(number)
    folder.mkdir()
    target = folder / name
    if carried.role == "input":
        if carried.data is not None:
            target.write_bytes(carried.data)
        elif carried.size is not None:
            with target.open("wb") as handle:
                handle.truncate(carried.size)  # sparse: no disk used for the stand-in
    return str(target)


def _cached_shared(digest: str, name: str, data: bytes) -> str:
    """A shared file kept for the worker's life under its content hash, so per-process
    caches keyed by path (the parsed playbook, the data file) keep hitting."""
    folder = _worker_cache() / digest
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.{uuid.uuid4().hex}"
        partial.write_bytes(data)
        os.replace(partial, target)
    return str(target)


@lru_cache(maxsize=1)
def _worker_cache() -> Path:
    folder = tempfile.mkdtemp(prefix="laborclause-shared-")
    atexit.register(shutil.rmtree, folder, True)
    return Path(folder)


def _collect(carried: Carried, local: str) -> tuple[Written, ...]:
    where = Path(local)
    if where.is_file():
        return (Written(carried.path, where.read_bytes()),)
    if where.is_dir():
        return tuple(
            Written(
                os.path.join(carried.path, str(p.relative_to(where))), p.read_bytes(), carried.path
            )
            for p in sorted(where.rglob("*"))
            if p.is_file()
        )
    return ()


def _swap_item(item: Any, mapping: dict[str, str]) -> Any:
    if not mapping or not is_dataclass(item) or isinstance(item, type):
        return item
    changes: dict[str, Any] = {}
    for field in fields(item):
        value = getattr(item, field.name)
        if isinstance(value, str) and value in mapping:
            changes[field.name] = mapping[value]
        elif isinstance(value, tuple) and any(isinstance(v, str) and v in mapping for v in value):
            changes[field.name] = tuple(
                mapping.get(v, v) if isinstance(v, str) else v for v in value
            )
    return replace(item, **changes) if changes else item


def _swap_outcome(outcome: Outcome[Any], back: dict[str, str], item: Any) -> Outcome[Any]:
    order = sorted(back.items(), key=lambda pair: -len(pair[0]))  # longest first: no prefix clashes
    error = outcome.error
    if error is not None:
        error = ErrorInfo(error.code, _swap(error.message, order), _swap(error.path, order))
    return Outcome(outcome.index, item, value=_swap(outcome.value, order), error=error)


def _swap(value: Any, order: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        for there, here in order:
            if there in value:
                value = value.replace(there, here)
        return value
    if isinstance(value, dict):
        return {key: _swap(v, order) for key, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, order) for v in value]
    if isinstance(value, tuple):
        return tuple(_swap(v, order) for v in value)
    return value


# ---------------------------------------------------------------- back in the caller


def unpack(delivery: Delivery) -> Outcome[Any]:
    """The outcome, after writing the files the worker sent back where the caller asked."""
    outcome = delivery.outcome
    if not delivery.written:
        return outcome
    try:
        _write_back(delivery.written)
    except OSError as exc:
        message = f"cannot write the result: {exc.strerror or exc}"
        return Outcome(
            outcome.index, outcome.item, error=ErrorInfo("write-failed", message, exc.filename)
        )
    return outcome


def _write_back(written: tuple[Written, ...]) -> None:
    folders: dict[str, Path] = {}
    for file in written:
        if file.folder is None:
            _write_file(Path(file.path), file.data)
            continue
        if file.folder not in folders:
            target = Path(file.folder)
            folders[file.folder] = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.partial"
        relative = os.path.relpath(file.path, file.folder)
        staged = folders[file.folder] / relative
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(file.data)
    for folder, staging in folders.items():  # a folder is replaced whole, never half written
        target = Path(folder)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.partial"
    partial.write_bytes(data)
    os.replace(partial, path)
