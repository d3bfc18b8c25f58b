"""Batch commands on a Dask cluster: the same bytes as a local run, resume, and dead workers.

A two-worker `distributed.LocalCluster` (separate processes) is started here, once for
the module; the commands are pointed at it with --scheduler.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import dask
import docx
import pytest
from click.testing import CliRunner, Result

from analyzer.pipeline import AnalyzeTask, analyze_path
from cli import cli
from generator.render import sample_data_path
from laborclause.batch import run_ordered
from laborclause.executors import open_executor
from laborclause.shipping import pack, run_packed, unpack

distributed = pytest.importorskip("distributed")

# The kill switches below run on the workers: send them by value, not as `test_scale.<name>`.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

GOOD = """MASTER SUPPLY AGREEMENT

1. Definitions. "Supplier" means Acme Parts Ltd. and "Buyer" means Northwind Retail Inc.

2. Forced Labor. Supplier shall not use forced, prison, indentured, bonded or trafficked labor
in the manufacture of the Goods.

3. Audits. Buyer or its designated third-party auditor may conduct announced and unannounced
audits of Supplier's facilities, records and worker housing to verify compliance with Section 2.

4. Payment. Buyer shall pay each invoice within sixty days of receipt.
"""
HEDGED = """SUPPLIER CODE

1. Vendor should endeavor to ensure that no worker pays recruitment fees.

2. Vendor is encouraged to keep records of working hours for three years.
"""
BARE = """PURCHASE ORDER TERMS

1. Delivery. Seller shall deliver the Goods to the address stated in the order.

2. Payment. Buyer shall pay each invoice within thirty days.
"""
DOCX_PARAGRAPHS = (
    "SUPPLY AGREEMENT",
    'This agreement is made between Northwind Retail Inc. ("Buyer") and Delta Textiles Co. '
    '("Supplier").',
    "1. Supplier shall not retain workers' passports or other identity documents.",
    "2. Supplier shall pay wages at least monthly and keep hours within the legal limits.",
)
ROSTER = """trainee.name,trainee.role,training.date
Tran Thi Binh,HR Manager,2026-02-03
Ayse Demir,Compliance Manager,2026-02-17
Le Minh Quan,Supervisor,2026-13-45
Jo Lee,Line Leader,2026-02-24
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    # A task may kill one worker and be retried; the second death marks it bad (Dask's
    # default allows three, which only makes the poison test slower).
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        local = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
    with local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Text, Markdown, DOCX and a corrupt PDF, in a folder `docs` under the returned root."""
    root = tmp_path_factory.mktemp("scale")
    folder = root / "docs"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n")
    (folder / "c-hedged.md").write_text(HEDGED, encoding="utf-8")
    document = docx.Document()
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(str(folder / "d-supply.docx"))
    (folder / "e-bare.txt").write_text(BARE, encoding="utf-8")
    (folder / "f-good-copy.txt").write_text(GOOD.replace("sixty", "forty-five"), encoding="utf-8")
    return root


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def analyze(corpus: Path, out: str, *options: str) -> bytes:
    """`analyze docs -o out` run from the corpus root, with relative paths as a user types them."""
    cwd = os.getcwd()
    os.chdir(corpus)
    try:
        result = run("analyze", "docs", "-o", out, *options)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2, result.output  # the corrupt PDF
    assert "docs/b-broken.pdf" in result.stderr
    return (corpus / out).read_bytes()


@pytest.fixture(scope="module")
def local_report(corpus: Path) -> bytes:
    report = analyze(corpus, "local.jsonl", "-j", "1")
    assert report.count(b"\n") == 6
    return report


def test_analyze_on_the_cluster_writes_the_local_report_byte_for_byte(
    cluster: str, corpus: Path, local_report: bytes
) -> None:
    assert analyze(corpus, "cluster.jsonl", "--scheduler", cluster) == local_report
    assert b'"path": "docs/d-supply.docx"' in local_report  # the paths the user gave, not absolute


def test_no_shared_fs_ships_the_bytes_and_gives_the_same_report(
    cluster: str, corpus: Path, local_report: bytes
) -> None:
    shipped = analyze(corpus, "shipped.jsonl", "--scheduler", cluster, "--no-shared-fs")
    assert shipped == local_report


def test_csv_on_the_cluster_matches_too(cluster: str, corpus: Path) -> None:
    assert analyze(corpus, "local.csv", "-j", "1") == analyze(
        corpus, "cluster.csv", "--scheduler", cluster
    )


def test_resume_on_the_cluster_finishes_a_half_written_report(
    cluster: str, corpus: Path, local_report: bytes
) -> None:
    lines = local_report.splitlines(keepends=True)
    # a crash after three documents, in the middle of writing the fourth
    (corpus / "resumed.jsonl").write_bytes(b"".join(lines[:3]) + lines[3][:25])
    resumed = analyze(corpus, "resumed.jsonl", "--resume", "--scheduler", cluster)
    # the three reported rows kept; the corrupt PDF (an error row) tried again; the rest added
    assert resumed == b"".join([*lines[:3], lines[1], *lines[3:]])


def test_a_shipped_task_does_not_need_the_original_file(tmp_path: Path) -> None:
    """--no-shared-fs: the worker reads the bytes it was sent, and reports the user's path."""
    document = tmp_path / "supplier.txt"
    document.write_text(GOOD, encoding="utf-8")
    task = AnalyzeTask(str(document))
    expected = analyze_path(task)
    packed = pack(task, ship=True)
    document.unlink()  # the worker's machine does not have it
    outcome = unpack(run_packed(analyze_path, 0, packed))
    assert outcome.ok and outcome.item == task
    assert outcome.value == expected
    assert outcome.value["document"]["path"] == str(document)


def test_a_shipped_input_over_the_size_limit_is_refused_as_locally(tmp_path: Path) -> None:
    document = tmp_path / "huge.txt"
    document.write_text(GOOD * 40, encoding="utf-8")
    task = AnalyzeTask(str(document), max_size=1024)
    packed = pack(task, ship=True)
    assert all(c.data is None and c.size == document.stat().st_size for c in packed.files)
    assert unpack(run_packed(analyze_path, 0, packed)).value == analyze_path(task)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("shared", ["--shared-fs", "--no-shared-fs"])
def test_generate_batch_on_the_cluster_writes_the_same_docx_files(
    cluster: str, tmp_path: Path, shared: str
) -> None:
    rows = tmp_path / "roster.csv"
    rows.write_text(ROSTER, encoding="utf-8")
    common = ("generate", "training-acknowledgement", "--data", str(sample_data_path()))
    local = run(*common, "--batch", str(rows), "-o", str(tmp_path / "local"), "-j", "1")
    remote = run(
        *common,
        "--batch",
        str(rows),
        "-o",
        str(tmp_path / "remote"),
        "--scheduler",
        cluster,
        shared,
    )
    assert local.exit_code == remote.exit_code == 2  # row 4 has a bad date
    assert "roster.csv row 4" in remote.stderr
    assert len(digests(tmp_path / "local")) == 3
    assert digests(tmp_path / "remote") == digests(tmp_path / "local")


def test_bundles_written_by_workers_without_the_shared_folder_arrive_whole(
    cluster: str, tmp_path: Path
) -> None:
    rows = tmp_path / "suppliers.csv"
    rows.write_text("supplier.name\nHarbor Textile Co.\nSunrise Footwear\n", encoding="utf-8")
    common = ("generate", "bundle", "--data", str(sample_data_path()), "--batch", str(rows))
    assert run(*common, "-o", str(tmp_path / "local"), "-j", "1").exit_code == 0
    remote = run(*common, "-o", str(tmp_path / "remote"), "--scheduler", cluster, "--no-shared-fs")
    assert remote.exit_code == 0, remote.output
    for folder in ("harbor-textile-co", "sunrise-footwear"):
        assert digests(tmp_path / "remote" / folder) == digests(tmp_path / "local" / folder)
    assert sorted(p.name for p in (tmp_path / "remote").iterdir()) == [
        "harbor-textile-co",
        "sunrise-footwear",
    ]  # no staging folder left behind


def test_the_worker_preload_warms_the_pipeline_and_default_playbook() -> None:
    from analyzer.nlp import get_nlp
    from analyzer.pipeline import cached_playbook
    from laborclause.dask_preload import dask_setup

    get_nlp.cache_clear()
    cached_playbook.cache_clear()
    dask_setup(None)
    assert get_nlp.cache_info().currsize == 1
    assert cached_playbook.cache_info().currsize == 1


@pytest.mark.parametrize("shared", ["--shared-fs", "--no-shared-fs"])
def test_amend_on_the_cluster_writes_the_same_amendments(
    cluster: str, corpus: Path, tmp_path: Path, shared: str
) -> None:
    pytest.importorskip("generator.amend_batch")
    contracts = tmp_path / "contracts"
    contracts.mkdir()
    for name in ("a-good.txt", "e-bare.txt"):
        (contracts / name).write_bytes((corpus / "docs" / name).read_bytes())
    common = ("amend", str(contracts), "--data", str(sample_data_path()))
    local = run(*common, "-o", str(tmp_path / "local"), "-j", "1")
    remote = run(*common, "-o", str(tmp_path / "remote"), "--scheduler", cluster, shared)
    assert local.exit_code == remote.exit_code == 0, remote.output
    assert digests(tmp_path / "remote").keys() == digests(tmp_path / "local").keys()
    for name in digests(tmp_path / "local"):
        ours = (tmp_path / "local" / name).read_bytes()
        theirs = (tmp_path / "remote" / name).read_bytes()
        if name == "summary.csv":  # it names the output folder
            theirs = theirs.replace(
                str(tmp_path / "remote").encode(), str(tmp_path / "local").encode()
            )
        assert theirs == ours, name


def test_an_unusable_scheduler_address_is_a_one_line_error(corpus: Path) -> None:
    result = run("analyze", str(corpus / "docs"), "--scheduler", "nonsense://x")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("laborclause: error: cannot reach the Dask scheduler at nonsense://x: ")
    assert "unknown address scheme" in line


def test_an_unreachable_scheduler_leaves_an_existing_report_alone(
    corpus: Path, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a free port on loopback: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = tmp_path / "report.jsonl"
    report.write_text('{"kept": true}\n', encoding="utf-8")
    result = run(
        "analyze", str(corpus / "docs"), "-o", str(report), "--scheduler", f"tcp://127.0.0.1:{port}"
    )
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.stderr
    assert report.read_text(encoding="utf-8") == '{"kept": true}\n'


# ---------------------------------------------------------------- dead workers

POISON = "poison"


def die_on_poison(item: str) -> str:
    """Test-only kill switch: the worker process running the poison item exits at once."""
    if item == POISON:
        os._exit(13)
    return item.upper()


def die_once(item: str) -> str:
    """Kills the first worker that runs `item` (a marker file remembers it), then succeeds."""
    name, marker = item.split("|")
    if name == "fragile" and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(13)
    return name.upper()


def test_a_worker_that_dies_mid_task_loses_nothing(cluster: str, tmp_path: Path) -> None:
    marker = str(tmp_path / "died")
    items = [f"{name}|{marker}" for name in ("a", "fragile", "b", "c")]
    with open_executor(2, cluster) as executor:
        outcomes = list(run_ordered(die_once, items, executor=executor))
    assert os.path.exists(marker)  # a worker did die
    assert [(o.index, o.ok, o.value) for o in outcomes] == [
        (0, True, "A"),
        (1, True, "FRAGILE"),
        (2, True, "B"),
        (3, True, "C"),
    ]


def test_a_document_that_kills_every_worker_is_an_error_row(cluster: str) -> None:
    items = ["first", POISON, "last"]
    with open_executor(2, cluster) as executor:
        outcomes = list(run_ordered(die_on_poison, items, executor=executor))
    assert [o.value for o in outcomes] == ["FIRST", None, "LAST"]
    crashed = outcomes[1]
    assert crashed.item == POISON and crashed.error is not None
    assert crashed.error.code == "worker-crashed"
    assert "stopped every worker process that tried it" in crashed.error.message


def test_a_document_that_kills_a_local_worker_is_an_error_row_and_the_rest_complete() -> None:
    """Locally a dead worker breaks the whole process pool: it is replaced, and the items it
    took down run again one by one, so only the killer is reported."""
    items = ["a", "b", POISON, "c", "d", "e", "f", "g", "h", "i"]
    with open_executor(2) as executor:
        outcomes = list(run_ordered(die_on_poison, items, executor=executor, workers=2, window=4))
    assert [o.index for o in outcomes] == list(range(len(items)))
    assert [o.value for o in outcomes] == [None if i == POISON else i.upper() for i in items]
    assert outcomes[2].error is not None and outcomes[2].error.code == "worker-crashed"
    assert "stopped the worker process running it" in outcomes[2].error.message
