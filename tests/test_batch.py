"""`consentlens batch` on Dask gives what `consentlens classify` gives; bad inputs are rows; `report` renders."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from screens import banner

pytest.importorskip("dask.distributed", reason="the `scale` extra is not installed (pip install -e '.[scale]')")
pytest.importorskip("warcio", reason="the `scale` extra is not installed (pip install -e '.[scale]')")

ROOT = Path(__file__).resolve().parents[1]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "consentlens.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / "fair-nl.html").write_text(banner("nl"), encoding="utf-8")
    (folder / "faint-de.html").write_text(banner("de", reject="faint"), encoding="utf-8")
    (folder / "no-reject-en.html").write_text(banner("en", reject=None), encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "fair-fr.html").write_text(banner("fr"), encoding="utf-8")
    (folder / "article.html").write_text("<html><body><p>An article about cookies.</p></body></html>",
                                         encoding="utf-8")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (folder / "broken.json").write_text('{"schema_version": 1, "dialog": {"text": 5}}', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_cluster():
    """One in-process cluster on a real TCP address, shared by the tests (as a researcher's scheduler)."""
    from dask.distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                           host="127.0.0.1", dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_batch_equals_single_process_classify(pages, tmp_path, local_cluster):
    from consentlens.batch import run_batch

    run_batch([str(pages)], tmp_path, scheduler=local_cluster, progress=False, charts=False)
    batch = rows_of(tmp_path / "results.jsonl")
    single = cli("classify", str(pages))
    assert single.returncode == 1  # two inputs it cannot judge
    classified = [json.loads(line) for line in single.stdout.splitlines()]
    assert [row["verdict"] for row in batch if row["status"] == "ok"] == classified
    errors = {Path(row["source"]).name: row["error"] for row in batch if row["status"] == "error"}
    assert set(errors) == {"photo.html", "broken.json"}
    for name, message in errors.items():
        assert f"{name}: {message}" in single.stderr
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["pages"] == 7 and summary["errors"] == 2
    assert summary["patterns"]["buried_opt_out"] == sum(
        any(p["id"] == "buried_opt_out" for p in r["patterns"]) for r in classified)


def test_snapshot_lines_equal_analyze_and_bad_lines_are_rows(pages, tmp_path, local_cluster, analyzer):
    from consentlens.batch import run_batch
    from consentlens.inputs import load_input

    snapshots = [load_input(path) for path in sorted(pages.glob("*-*.html"))]
    lines = [json.dumps(s) for s in snapshots]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"url": "https://gone.example", "status": "timeout", "snapshot": None,
                                "error": "did not finish loading"}))
    lines.append(json.dumps({"url": "https://plain.example", "status": "ok", "snapshot": None}))
    data = tmp_path / "snapshots.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")

    run_batch([str(data)], tmp_path / "out", scheduler=local_cluster, progress=False, charts=False)
    rows = rows_of(tmp_path / "out" / "results.jsonl")
    assert [row["source"] for row in rows] == [f"{data}:{n}" for n in range(1, len(lines) + 1)]
    assert [row["status"] for row in rows] == ["ok", "error", "ok", "error", "ok", "ok"]
    judged = [row["verdict"] for row in rows if row["status"] == "ok"]
    expected = [analyzer.analyze(s) for s in snapshots] + [analyzer.analyze(None)]
    assert [{k: v for k, v in verdict.items() if k != "source"} for verdict in judged] == expected
    assert rows[3]["site"] == "gone.example" and "did not finish loading" in rows[3]["error"]


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip: bool, garbage_after: int):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for i, (url, body, content_type) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            if i == garbage_after:
                handle.write(b"WARC/0.9 broken\r\nContent-Length: lots\r\n\r\nnot a record\r\n\r\n")


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_with_a_broken_record_goes_on_after_it(tmp_path, local_cluster, analyzer, gzip):
    from consentlens.batch import run_batch
    from consentlens.inputs import snapshot_from_bytes

    html = "text/html; charset=utf-8"
    captured = [("https://www.zeitung.example/", banner("de", reject="faint").encode(), html),
                ("https://www.zeitung.example/logo.png", b"\x89PNG\r\n", "image/png"),
                ("https://krant.example/", banner("nl").encode(), html),
                ("https://journal.example/", banner("fr", reject=None).encode(), html)]
    warc = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(warc, captured, gzip=gzip, garbage_after=1)

    run_batch([str(warc)], tmp_path / "out", scheduler=local_cluster, progress=False, charts=False)
    rows = rows_of(tmp_path / "out" / "results.jsonl")
    assert [(row["site"], row["status"]) for row in rows] == [
        ("zeitung.example", "ok"), ("", "error"), ("krant.example", "ok"), ("journal.example", "ok")]
    assert rows[1]["error"].startswith("invalid WARC record")
    for row, (url, body, _) in zip([rows[0], rows[2], rows[3]], [captured[0], captured[2], captured[3]]):
        assert row["url"] == url
        expected = analyzer.analyze(snapshot_from_bytes(body, url))
        assert {k: v for k, v in row["verdict"].items() if k != "source"} == expected


def test_batch_and_report_commands_with_a_worker_process(pages, tmp_path):
    out = tmp_path / "out"
    batch = cli("batch", str(pages), "--out", str(out), "--workers", "1", "--no-progress")
    assert batch.returncode == 0, batch.stderr
    assert "7 pages (2 errors)" in batch.stderr
    assert (out / "charts" / "patterns.png").read_bytes()[:4] == b"\x89PNG"

    report = cli("report", str(out))
    assert report.returncode == 0, report.stderr
    markdown = (out / "report.md").read_text(encoding="utf-8")
    for heading in ("## Patterns", "## Languages", "## Sites", "## Errors", "## Charts"):
        assert heading in markdown
    assert "](charts/patterns.png)" in markdown
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count("<table>") == 6 and "data:image/png;base64," in page
    assert "binary data" in page  # the error of photo.html, escaped into the errors table


def test_report_explains_a_folder_without_results(tmp_path):
    out = cli("report", str(tmp_path))
    assert out.returncode == 1 and "no results.jsonl" in out.stderr


def test_summary_counts_patterns_sites_and_languages():
    from consentlens.results import summarise

    def verdict(lang, *patterns):
        return {"consent_screen": True, "lang": lang, "patterns": [{"id": p} for p in patterns], "model_version": "v"}

    rows = [{"url": "https://www.a.org/", "status": "ok", "verdict": verdict("de", "no_reject")},
            {"url": "https://a.org/x", "status": "ok", "verdict": verdict("de")},
            {"url": "https://b.org/", "status": "ok", "verdict": {"consent_screen": False, "model_version": "v"}},
            {"url": "https://c.org/", "status": "timeout", "verdict": None, "error": "slow"}]
    summary = summarise(rows)
    assert (summary["pages"], summary["ok"], summary["errors"], summary["consent_screens"]) == (4, 3, 1, 2)
    assert summary["patterns"]["no_reject"] == 1 and summary["errors_by_status"] == {"timeout": 1}
    assert summary["sites"]["a.org"]["pages"] == 2 and summary["sites"]["a.org"]["patterns"]["no_reject"] == 1
    assert summary["languages"]["de"] == {"screens": 2, "patterns": {**dict.fromkeys(summary["patterns"], 0),
                                                                      "no_reject": 1}}
