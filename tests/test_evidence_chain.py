"""The hash chain, signatures and `evidence verify`: intact evidence passes, and every
kind of alteration (a file, a database column, a signed entry, a manifest field, a
removed capture) is named by capture and field."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from evidence_helpers import bearer, evidence_app, metadata, multipart, new_auditor, png
from sample_snapshots import meta_ai_notice
from sqlalchemy import delete, update

from consentlens.cli import main
from consentlens.server.evidence.chain import GENESIS, build_entry, canonical_json, entry_hash
from consentlens.server.evidence.names import check_name
from consentlens.server.evidence.signing import load_or_create_key, verify_signature
from consentlens.server.evidence.tables import captures
from consentlens.server.evidence.verify import verify_case, verify_export


@pytest.fixture
def app(tmp_path):
    return evidence_app(tmp_path / "data")


@pytest.fixture
def store(app):
    return app.extensions["consentlens_evidence"]


@pytest.fixture
def case_id(app):
    """A case of three captures (the second with a full-page image)."""
    client, token = app.test_client(), new_auditor(app)
    answer = None
    for n, snapshot in enumerate(["banner", meta_ai_notice(), "banner"]):
        meta = metadata(**({"snapshot": snapshot} if isinstance(snapshot, dict) else {}))
        answer = client.post("/api/v1/captures", headers=bearer(token),
                             data=multipart(meta, png(color=["white", "ivory", "azure"][n]),
                                            full_page=png(1280, 3000) if n == 1 else None))
        assert answer.status_code == 201, answer.get_json()
    return answer.get_json()["case"]["id"]


def _export(app, case_id):
    store = app.extensions["consentlens_evidence"]
    from consentlens.server.evidence.captures import chain_of, get_case
    from consentlens.server.evidence.export import build_zip

    return build_zip(store, get_case(store, None, case_id), "Anna", chain_of(store, case_id)).read()


def _messages(report):
    return [str(problem) for problem in report.problems]


# -- the pure parts ------------------------------------------------------------

def test_canonical_json_is_stable_and_an_entry_hash_covers_every_field():
    entry = build_entry(case_id="c1", case_name="Case", auditor="Anna", seq=1, prev_hash=GENESIS,
                        capture={"url": "https://a.example/", "b": 1}, files={"screenshot": {"sha256": "0" * 64}})
    same = json.loads(json.dumps(entry))
    assert canonical_json(entry) == canonical_json(same) and b" " not in canonical_json(entry)
    changed = json.loads(json.dumps(entry))
    changed["capture"]["url"] = "https://b.example/"
    assert entry_hash(changed) != entry_hash(entry)


def test_signatures_verify_only_for_their_hash(tmp_path):
    signer = load_or_create_key(tmp_path)
    assert (tmp_path / "signing-key.pem").stat().st_mode & 0o777 == 0o600
    assert load_or_create_key(tmp_path).key_id == signer.key_id, "the key is made once, then reused"
    signature = signer.sign("ab" * 32)
    assert verify_signature(signer.public_key, "ab" * 32, signature)
    assert not verify_signature(signer.public_key, "cd" * 32, signature)
    assert not verify_signature(signer.public_key, "ab" * 32, "00" * 64)
    assert not verify_signature(signer.public_key, "ab" * 32, "not hex")


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b", "a\\b", "..", ".hidden", "", "   ", "x" * 101,
                                  "tab\there", "nul\0byte", "<script>", "/abs"])
def test_names_that_look_like_paths_or_markup_are_refused(name):
    with pytest.raises(ValueError):
        check_name(name)


@pytest.mark.parametrize("name", ["Cookie walls 2026", "Meta AI (NL) #3", "Zeitungen: PUR-Abo", "Café & co.", "A"])
def test_ordinary_case_names_are_labels(name):
    assert check_name(f"  {name} ") == name


# -- a case in the data dir ------------------------------------------------------

def test_an_untouched_case_verifies(store, case_id):
    report = verify_case(store, case_id)
    assert report.ok, _messages(report)
    assert report.captures == 3


def test_the_chain_links_each_capture_to_the_one_before(store, case_id):
    from consentlens.server.evidence.captures import chain_of

    chain = chain_of(store, case_id)
    assert [c["seq"] for c in chain] == [1, 2, 3]
    assert chain[0]["prev_hash"] == GENESIS
    for before, after in zip(chain, chain[1:]):
        assert after["entry"]["prev_hash"] == before["entry_hash"]
    for capture in chain:
        assert entry_hash(capture["entry"]) == capture["entry_hash"]
        assert verify_signature(store.signer.public_key, capture["entry_hash"], capture["signature"])


def test_an_altered_screenshot_file_is_named(store, case_id):
    from consentlens.server.evidence.captures import get_capture

    path = store.files.path(get_capture(store, case_id, 2)["screenshot_sha256"])
    os.chmod(path, 0o640)
    path.write_bytes(png(color="red"))
    [problem] = verify_case(store, case_id).problems
    assert problem.seq == 2 and "screenshot file was altered" in problem.message


def test_a_removed_full_page_file_is_named(store, case_id):
    from consentlens.server.evidence.captures import get_capture

    store.files.path(get_capture(store, case_id, 2)["full_page_sha256"]).unlink()
    [problem] = verify_case(store, case_id).problems
    assert problem.seq == 2 and "full-page file is missing" in problem.message


def test_an_altered_database_column_is_named(store, case_id):
    with store.db.write() as connection:
        connection.execute(update(captures).where(captures.c.case_id == case_id, captures.c.seq == 1)
                           .values(url="https://innocent.example/"))
    [problem] = verify_case(store, case_id).problems
    assert problem.seq == 1 and "`url` was altered" in problem.message and "innocent.example" in problem.message


def test_an_altered_signed_entry_is_caught_by_its_hash(store, case_id):
    from consentlens.server.evidence.captures import get_capture

    entry = get_capture(store, case_id, 3)["entry"]
    entry["capture"]["captured_at"] = "2020-01-01T00:00:00.000Z"
    with store.db.write() as connection:
        connection.execute(update(captures).where(captures.c.case_id == case_id, captures.c.seq == 3)
                           .values(entry=canonical_json(entry).decode(), captured_at="2020-01-01T00:00:00.000Z"))
    messages = _messages(verify_case(store, case_id))
    assert any(m.startswith("capture 3: the signed entry was altered") for m in messages), messages


def test_a_deleted_capture_breaks_the_chain(store, case_id):
    with store.db.write() as connection:
        connection.execute(delete(captures).where(captures.c.case_id == case_id, captures.c.seq == 2))
    messages = _messages(verify_case(store, case_id))
    assert any("capture 2: is missing" in m for m in messages), messages
    assert any("capture 3: the chain is broken" in m for m in messages), messages


def test_a_capture_removed_from_the_end_is_noticed_by_the_case_head(store, case_id):
    with store.db.write() as connection:
        connection.execute(delete(captures).where(captures.c.case_id == case_id, captures.c.seq == 3))
    messages = _messages(verify_case(store, case_id))
    assert messages and "the case records 3 capture(s)" in messages[0], messages


def test_a_forged_head_with_a_new_signature_by_another_key_fails(store, case_id, tmp_path):
    impostor = load_or_create_key(tmp_path / "other")
    with store.db.write() as connection:
        row = connection.execute(captures.select().where(captures.c.case_id == case_id, captures.c.seq == 1)).first()
        connection.execute(update(captures).where(captures.c.id == row.id)
                           .values(signature=impostor.sign(row.entry_hash)))
    [problem] = verify_case(store, case_id).problems
    assert problem.seq == 1 and "signature does not match" in problem.message


# -- an export ----------------------------------------------------------------------

def _rewrite(data: bytes, change) -> bytes:
    """A copy of the ZIP with change(name, content) -> content applied to every member."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = change(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def test_an_untouched_export_verifies_and_holds_what_it_promises(app, case_id, tmp_path):
    data = _export(app, case_id)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    root = f"case-{case_id}/"
    for member in ("manifest.json", "report.html", "public_key.pem", "README.txt", "captures/0001/screenshot.png",
                   "captures/0001/snapshot.json", "captures/0001/verdict.json", "captures/0002/full_page.png"):
        assert root + member in names
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(root + "manifest.json"))
    assert manifest["case"]["length"] == 3 and len(manifest["public_keys"]) == 1
    path = tmp_path / "case.zip"
    path.write_bytes(data)
    report = verify_export(path)
    assert report.ok, _messages(report)


def test_an_altered_file_in_an_export_is_named(app, case_id, tmp_path):
    altered = _rewrite(_export(app, case_id), lambda name, content: png(color="red")
                       if name.endswith("0003/screenshot.png") else content)
    (tmp_path / "case.zip").write_bytes(altered)
    [problem] = verify_export(tmp_path / "case.zip").problems
    assert problem.seq == 3 and "screenshot file was altered" in problem.message


def test_an_altered_manifest_entry_is_named(app, case_id, tmp_path):
    def change(name, content):
        if not name.endswith("manifest.json"):
            return content
        manifest = json.loads(content)
        manifest["captures"][1]["entry"]["capture"]["url"] = "https://innocent.example/"
        return json.dumps(manifest)

    (tmp_path / "case.zip").write_bytes(_rewrite(_export(app, case_id), change))
    messages = _messages(verify_export(tmp_path / "case.zip"))
    assert any(m.startswith("capture 2: the signed entry was altered") for m in messages), messages
    assert any(m.startswith("capture 2: manifest field `url` was altered") for m in messages), messages


def test_an_export_re_signed_with_another_key_fails_against_the_trusted_key(app, case_id, tmp_path):
    store = app.extensions["consentlens_evidence"]
    impostor = load_or_create_key(tmp_path / "other")

    def change(name, content):
        if not name.endswith("manifest.json"):
            return content
        manifest = json.loads(content)
        manifest["public_keys"] = {impostor.key_id: impostor.public_key_pem}
        for item in manifest["captures"]:
            item["signature"], item["key_id"] = impostor.sign(item["entry_hash"]), impostor.key_id
        return json.dumps(manifest)

    (tmp_path / "case.zip").write_bytes(_rewrite(_export(app, case_id), change))
    assert verify_export(tmp_path / "case.zip").ok, "consistent on its own terms"
    report = verify_export(tmp_path / "case.zip", trusted_key_pem=store.signer.public_key_pem)
    assert "not signed with the trusted public key" in _messages(report)[0]


def test_a_missing_file_in_an_export_is_named(app, case_id, tmp_path):
    altered = _rewrite(_export(app, case_id), lambda name, content: None if name.endswith("0001/verdict.json")
                       else content)
    (tmp_path / "case.zip").write_bytes(altered)
    [problem] = verify_export(tmp_path / "case.zip").problems
    assert problem.seq == 1 and "verdict file is missing" in problem.message


# -- the command line -----------------------------------------------------------------

def test_cli_verify_says_intact_or_names_the_alteration(app, store, case_id, tmp_path, capsys):
    data_dir = str(store.data_dir)
    assert main(["evidence", "verify", case_id, "--data-dir", data_dir]) == 0
    assert "INTACT" in capsys.readouterr().out
    (tmp_path / "case.zip").write_bytes(_export(app, case_id))
    assert main(["evidence", "verify", str(tmp_path / "case.zip"), "--data-dir", data_dir]) == 0
    with store.db.write() as connection:
        connection.execute(update(captures).where(captures.c.case_id == case_id, captures.c.seq == 2)
                           .values(browser="Netscape 4"))
    assert main(["evidence", "verify", case_id, "--data-dir", data_dir]) == 1
    out = capsys.readouterr().out
    assert "ALTERED: 1 problem(s)" in out and "capture 2: database column `browser` was altered" in out
    assert main(["evidence", "verify", "no-such-case", "--data-dir", data_dir]) == 2
    assert main(["evidence", "verify", str(tmp_path / "missing.zip"), "--data-dir", data_dir]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_adds_and_lists_auditors_and_prints_the_token_once(tmp_path, capsys):
    data_dir = str(tmp_path / "cli-data")
    assert main(["auditor", "list", "--data-dir", data_dir]) == 0
    assert not (tmp_path / "cli-data").exists(), "listing stores nothing"
    assert main(["auditor", "add", "Consumer group NL", "--data-dir", data_dir]) == 0
    captured = capsys.readouterr()
    token = captured.out.strip()
    assert token.startswith("clt_") and len(token) > 40 and "shown only now" in captured.err
    database = (tmp_path / "cli-data" / "consentlens.sqlite3").read_bytes()
    assert token.encode() not in database, "only the token's hash is stored"
    assert main(["auditor", "add", "Consumer group NL", "--data-dir", data_dir]) == 1
    assert main(["auditor", "add", "../etc", "--data-dir", data_dir]) == 1
    assert main(["auditor", "list", "--data-dir", data_dir]) == 0
    assert "Consumer group NL" in capsys.readouterr().out
