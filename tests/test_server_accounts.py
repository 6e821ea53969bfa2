"""Token accounts (server/accounts.py) as auditors and researchers use them, through the CLI."""

from __future__ import annotations

import pytest

from consentlens.cli import main
from consentlens.server.evidence import auditors
from consentlens.server.evidence.store import EvidenceStore
from consentlens.server.labelling import accounts as researchers
from consentlens.server.labelling.store import LabelStore

KINDS = {
    # kind: (add command, token command, prefix, authenticate(data_dir, token))
    "auditor": (["auditor", "add", "Anna"], ["auditor", "token", "Anna"], "clt_",
                lambda data_dir, token: auditors.authenticate(EvidenceStore(data_dir), token)),
    "researcher": (["researcher", "add", "Anna"], ["researcher", "token", "Anna"], "clr_",
                   lambda data_dir, token: researchers.authenticate(LabelStore(data_dir), token)),
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_token_replaces_the_old_one_and_is_printed_alone(tmp_path, capsys, kind):
    add, replace, prefix, authenticate = KINDS[kind]
    data_dir = str(tmp_path / "data")
    assert main([*add, "--data-dir", data_dir]) == 0
    first = capsys.readouterr().out.strip()
    assert main([*replace, "--data-dir", data_dir]) == 0
    captured = capsys.readouterr()
    second = captured.out.strip()
    assert first.startswith(prefix) and second.startswith(prefix) and first != second
    assert "\n" not in second and "no longer works" in captured.err
    assert authenticate(data_dir, first) is None
    assert authenticate(data_dir, second)["name"] == "Anna"


@pytest.mark.parametrize("kind", KINDS)
def test_no_token_for_someone_who_does_not_exist(tmp_path, capsys, kind):
    add, replace, _, _ = KINDS[kind]
    data_dir = str(tmp_path / "data")
    assert main([*replace, "--data-dir", data_dir]) == 1  # no database at all yet
    assert main([*add, "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main([replace[0], "token", "Bob", "--data-dir", data_dir]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and f"consentlens {kind} token: no {kind} named 'Bob'" in captured.err


def test_an_auditors_token_is_no_researchers_and_the_reverse(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    tokens = {}
    for kind, (add, _, _, _) in KINDS.items():
        assert main([*add, "--data-dir", data_dir]) == 0
        tokens[kind] = capsys.readouterr().out.strip()
    assert KINDS["auditor"][3](data_dir, tokens["auditor"])["name"] == "Anna"
    assert KINDS["researcher"][3](data_dir, tokens["researcher"])["name"] == "Anna"
    assert KINDS["auditor"][3](data_dir, tokens["researcher"]) is None
    assert KINDS["researcher"][3](data_dir, tokens["auditor"]) is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_taken_name_is_refused_without_printing_a_token(tmp_path, capsys, kind):
    add = KINDS[kind][0]
    data_dir = str(tmp_path / "data")
    assert main([*add, "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main([*add, "--data-dir", data_dir]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "exists already" in captured.err
