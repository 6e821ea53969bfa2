"""`consentlens classify`: the public contract of the command line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from screens import banner

ROOT = Path(__file__).resolve().parents[1]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "consentlens.cli", "classify", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / "fair.html").write_text(banner("nl"), encoding="utf-8")
    (folder / "faint.html").write_text(banner("de", reject="faint"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")
    return folder


def test_json_lines_one_object_per_input(pages):
    out = run(str(pages / "fair.html"), str(pages / "faint.html"))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [Path(r["source"]).name for r in lines] == ["fair.html", "faint.html"]
    for r in lines:
        assert {"source", "consent_screen", "patterns", "elements", "model_version"} <= set(r)
        for p in r["patterns"]:
            assert {"id", "confidence", "evidence"} <= set(p)
    assert lines[0]["patterns"] == []
    assert [p["id"] for p in lines[1]["patterns"]] == ["buried_opt_out"]


def test_folder_and_stdin_and_text_format(pages):
    folder = run("--format", "text", str(pages))
    assert "faint.html" in folder.stdout and "buried_opt_out" in folder.stdout
    stdin = run("-", stdin=banner("fr"))
    assert json.loads(stdin.stdout)["source"] == "-"


def test_bad_inputs_are_reported_and_the_rest_still_judged(pages, tmp_path):
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    broken_json = tmp_path / "snap.json"
    broken_json.write_text('{"schema_version": 1, "dialog": {"text": 5}, "elements": []}', encoding="utf-8")
    out = run(str(tmp_path / "missing.html"), str(binary), str(pages / "notes.txt"), str(broken_json),
              str(pages / "fair.html"))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1
    assert "missing.html: no such file" in out.stderr
    assert "photo.html: binary data" in out.stderr
    assert "notes.txt: not an HTML page" in out.stderr
    assert "snap.json: not a valid snapshot: $.dialog.text" in out.stderr


def test_a_snapshot_json_is_classified_like_its_page(pages, tmp_path):
    from consentlens.snapshot.from_html import snapshot_from_html

    snapshot = snapshot_from_html(banner("de", reject="faint"), "https://www.northwind-daily.example/")
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(snapshot), encoding="utf-8")
    out = run(str(path))
    assert out.returncode == 0, out.stderr
    assert [p["id"] for p in json.loads(out.stdout)["patterns"]] == ["buried_opt_out"]
