"""The evidence store on a real PostgreSQL server: capture, concurrent appends, verify.

The server is Debian's (`apt-get install postgresql`): the test runs
/usr/lib/postgresql/<version>/bin/initdb and pg_ctl on a temporary directory
and a free loopback port, as the `postgres` user when the tests run as root
(PostgreSQL refuses to run as root). It skips, saying why, only where no
PostgreSQL binaries exist or the server cannot start.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
from evidence_helpers import bearer, evidence_app, metadata, multipart, new_auditor, png
from sqlalchemy import update
from test_server_process import free_port

from consentlens.cli import main


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--", *command] if runuser else ["su", "postgres", "-c", " ".join(command)]


@pytest.fixture(scope="module")
def postgres_url():
    binaries = _binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); apt-get install postgresql")
    if os.geteuid() == 0:
        try:
            import pwd

            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run PostgreSQL as")
    root = Path(tempfile.mkdtemp(prefix="consentlens-pg-"))
    data, socket_dir = root / "data", root / "socket"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        for path in (root, socket_dir):
            os.chown(path, user.pw_uid, user.pw_gid)
    port = free_port()
    initdb = subprocess.run(_as_postgres([str(binaries / "initdb"), "-D", str(data), "-U", "consentlens",
                                          "--auth=trust", "--encoding=UTF8", "--no-sync"]),
                            capture_output=True, text=True)
    if initdb.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"initdb failed: {initdb.stderr.strip()[-500:]}")
    options = f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=on"
    started = subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                           "-l", str(root / "server.log"), "-w", "-t", "60", "start"]),
                             capture_output=True, text=True)
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL did not start: {started.stderr.strip()[-300:]} {log[-500:]}")
    try:
        yield f"postgresql+psycopg://consentlens@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def database(postgres_url):
    """A fresh database per test."""
    import psycopg

    name = f"evidence_{os.urandom(4).hex()}"
    with psycopg.connect(postgres_url.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_url.rsplit("/", 1)[0] + f"/{name}"


def test_captures_chain_and_verify_on_postgresql(database, tmp_path, monkeypatch, capsys):
    app = evidence_app(tmp_path / "files", DATABASE_URL=database)
    store = app.extensions["consentlens_evidence"]
    assert store.db.engine.dialect.name == "postgresql"
    token = new_auditor(app)
    errors, receipts = [], []

    def uploader(worker):
        client = app.test_client()
        for n in range(6):
            answer = client.post("/api/v1/captures", headers=bearer(token),
                                 data=multipart(metadata(case="Shared case"), png(64, 40, color=(worker, n, 9))))
            (receipts if answer.status_code == 201 else errors).append(answer.get_json())

    threads = [threading.Thread(target=uploader, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:3]
    case_id = receipts[0]["case"]["id"]
    assert sorted(r["seq"] for r in receipts) == list(range(1, 49)), "48 appends, no fork, no gap"
    assert {r["case"]["id"] for r in receipts} == {case_id}

    monkeypatch.setenv("CONSENTLENS_DATABASE_URL", database)
    assert main(["evidence", "verify", case_id, "--data-dir", str(tmp_path / "files")]) == 0
    assert "INTACT" in capsys.readouterr().out

    from consentlens.server.evidence.tables import captures

    with store.db.write() as connection:
        connection.execute(update(captures).where(captures.c.case_id == case_id, captures.c.seq == 17)
                           .values(site="elsewhere.example", url="https://elsewhere.example/"))
    assert main(["evidence", "verify", case_id, "--data-dir", str(tmp_path / "files")]) == 1
    assert "capture 17: database column `url` was altered" in capsys.readouterr().out

    client = app.test_client()
    archive = client.get(f"/api/v1/cases/{case_id}/export.zip", headers=bearer(token))
    assert archive.status_code == 200
    client.post("/gallery/login", data={"token": token})
    assert client.get(f"/gallery/cases/{case_id}").status_code == 200
    store.db.dispose()
