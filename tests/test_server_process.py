"""The real `consentlens serve` process: starts, answers, stops; refuses a bad model.

Runs gunicorn on a free loopback port (127.0.0.1 only). Tests that need the
trained model skip until model/artefacts/metadata.json (or the folder in
CONSENTLENS_MODEL_DIR) exists.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request

import pytest
from sample_snapshots import meta_ai_notice

from consentlens.paths import MODEL_DIR as ARTEFACTS
from consentlens.paths import REPO_ROOT

needs_model = pytest.mark.skipif(not (ARTEFACTS / "metadata.json").exists(),
                                 reason="no trained model yet (model/artefacts/metadata.json); run `consentlens train`")
START_TIMEOUT = 120  # seconds: loading and verifying the model on a busy CI machine


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(tmp_path, *args, env=None):
    """Start `consentlens serve` with output in a file (a pipe could fill and block it)."""
    log = open(tmp_path / "serve.log", "w+b")
    command = [sys.executable, "-m", "consentlens.cli", "serve", "--host", "127.0.0.1", *args]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
                               env={**os.environ, **(env or {})}, start_new_session=True)
    return process, log


def output(log) -> str:
    log.flush()
    log.seek(0)
    return log.read().decode("utf-8", "replace")


def request(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def wait_healthy(process, log, base):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}:\n{output(log)}")
        try:
            status, body = request(base + "/api/v1/health")
            if status == 200:
                return body
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    pytest.fail(f"server not healthy within {START_TIMEOUT}s:\n{output(log)}")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn's graceful shutdown
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@needs_model
def test_serve_answers_and_stops(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process, log = serve(tmp_path, "--port", str(port), "--workers", "2", "--threads", "2")
    try:
        health = wait_healthy(process, log, base)
        status, version = request(base + "/api/v1/version")
        assert status == 200 and version["model_version"] == health["model_version"]
        status, body = request(base + "/api/v1/analyze?country=NL", meta_ai_notice())
        assert status == 200, body
        assert set(body) >= {"consent_screen", "patterns", "elements", "model_version", "lang"}
        assert body["model_version"] == health["model_version"] and body["lang"] == "nl"
        assert body["context"] == {"platform": "instagram", "topic": "ai_training", "country": "NL"}
        for pattern in body["patterns"]:
            assert pattern["message"] and pattern["severity"] in ("high", "medium", "low")
        status, error = request(base + "/api/v1/analyze", {"schema_version": 1})
        assert status == 422 and error["error"]["path"] == "$.dialog"
    finally:
        stop(process)
    assert process.returncode == 0, output(log)
    text = output(log)
    assert "gunicorn" in text and "verified" in text
    assert "bezwaar" not in text, "the log carries no snapshot content"


@needs_model
@pytest.mark.parametrize("victim", ["roles.skops", "compiled.npz"])
def test_tampered_artefact_stops_start_up_with_a_clear_message(tmp_path, victim):
    copy = tmp_path / "artefacts"
    shutil.copytree(ARTEFACTS, copy)
    path = copy / victim
    path.write_bytes(path.read_bytes() + b"\0")
    process, log = serve(tmp_path, "--port", str(free_port()), env={"CONSENTLENS_MODEL_DIR": str(copy)})
    try:
        assert process.wait(timeout=START_TIMEOUT) == 1
    finally:
        stop(process)
    text = output(log)
    assert "cannot start" in text and victim in text and "sha256" in text, text
    assert "Listening at" not in text


def test_missing_artefact_stops_start_up_with_a_clear_message(tmp_path):
    empty = tmp_path / "no-model"
    empty.mkdir()
    process, log = serve(tmp_path, "--port", str(free_port()), env={"CONSENTLENS_MODEL_DIR": str(empty)})
    try:
        assert process.wait(timeout=START_TIMEOUT) == 1
    finally:
        stop(process)
    text = output(log)
    assert "cannot start" in text and "consentlens train" in text, text
    assert "Listening at" not in text


@needs_model
def test_the_serving_process_analyses_without_test_and_research_packages(tmp_path):
    """serve keeps pytest, dask & co. out (skops would import them while merely installed) and
    freezes what the master made before forking: the model still loads and answers."""
    code = textwrap.dedent("""
        import gc, sys
        from consentlens.server.commands import NOT_SERVED, keep_out_of_the_service, share_with_workers
        keep_out_of_the_service()
        from consentlens.server import WARM_UP_SNAPSHOT, create_app
        app = create_app()
        share_with_workers()
        assert gc.get_freeze_count() > 0
        response = app.test_client().post("/api/v1/analyze", json=WARM_UP_SNAPSHOT)
        assert response.status_code == 200, response.get_data(as_text=True)
        print(sorted(name for name in NOT_SERVED if sys.modules.get(name) is not None))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=START_TIMEOUT,
                          cwd=tmp_path, env={**os.environ, "CONSENTLENS_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# the model is served from compiled.npz (numpy only); signatures and images load on first use
NOT_IMPORTED_TO_SERVE = ("sklearn", "scipy", "skops", "cryptography", "PIL")


@needs_model
def test_serving_and_classify_never_import_scikit_learn(tmp_path):
    """The service and `classify` judge with the compiled model (compiled.npz) alone, and the
    evidence code leaves its heavy libraries until an auditor's capture needs them."""
    code = textwrap.dedent("""
        import json, sys
        import consentlens.server
        from sample_snapshots import meta_ai_notice
        app = consentlens.server.create_app()
        response = app.test_client().post("/api/v1/analyze", json=meta_ai_notice())
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.get_json()["model_version"] == app.config["ANALYZER"].version
        from consentlens.cli import main
        main(["classify", sys.argv[1]])
        print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in sys.argv[2:])))
    """)
    example = REPO_ROOT / "examples" / "preselected-de.html"
    path = [os.path.dirname(__file__)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    done = subprocess.run([sys.executable, "-c", code, str(example), *NOT_IMPORTED_TO_SERVE],
                          capture_output=True, text=True, timeout=START_TIMEOUT, cwd=tmp_path,
                          env={**os.environ, "CONSENTLENS_DATA_DIR": str(tmp_path / "data"),
                               "PYTHONPATH": os.pathsep.join(path)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_bad_flags_are_refused(tmp_path):
    process, log = serve(tmp_path, "--workers", "0")
    assert process.wait(timeout=60) == 2
    assert "--workers must be at least 1" in output(log)
