"""No acknowledged capture is ever lost: the real server process is killed (SIGKILL,
master and workers at once) during a stream of concurrent uploads, restarted, and
every capture it answered 201 must be there, complete and verifiable, with nothing
half-written listed.

Runs `consentlens serve` (gunicorn, 2 workers x 4 threads) on a free loopback
port. Without a trained model the same command runs with the service tests'
fake analyzer (the evidence path does not use the model).
"""

from __future__ import annotations

import http.client
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from hashlib import sha256
from pathlib import Path

from PIL import Image
from evidence_helpers import metadata
from test_server_process import START_TIMEOUT, free_port, output, stop

from consentlens.paths import MODEL_DIR
from consentlens.server.evidence.auditors import add_auditor
from consentlens.server.evidence.store import EvidenceStore

TESTS = Path(__file__).parent
FAKE_MODEL = ("import sys; sys.path.insert(0, {tests!r}); import consentlens.server as s; "
              "from fake_analyzer import FakeAnalyzer; s.load_default_analyzer = lambda *a: FakeAnalyzer(); "
              "from consentlens.cli import main; sys.exit(main(sys.argv[1:]))")


def start_server(tmp_path, data_dir, port, log_name):
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2", "--threads", "4",
            "--data-dir", str(data_dir)]
    if (MODEL_DIR / "metadata.json").exists():
        command = [sys.executable, "-m", "consentlens.cli", *args]
    else:
        command = [sys.executable, "-c", FAKE_MODEL.format(tests=str(TESTS)), *args]
    log = open(tmp_path / log_name, "w+b")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
                               env={**os.environ, "CONSENTLENS_DATA_DIR": str(tmp_path / "not-this-one")},
                               start_new_session=True)
    return process, log


def call(url, *, data=None, headers=None, timeout=30):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(process, log, base):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, f"server exited with {process.returncode}:\n{output(log)}"
        try:
            if call(base + "/api/v1/health", timeout=5)[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise AssertionError(f"server not up within {START_TIMEOUT}s:\n{output(log)}")


def noisy_png(seed: int) -> bytes:
    """About 350 KB that does not compress: each write takes a while, so the kill lands mid-upload."""
    image = Image.frombytes("RGB", (400, 300), random.Random(seed).randbytes(400 * 300 * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def encode_multipart(meta: dict, screenshot: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        (f'--{boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n'
         f"Content-Type: application/json\r\n\r\n").encode() + json.dumps(meta).encode() + b"\r\n",
        (f'--{boundary}\r\nContent-Disposition: form-data; name="screenshot"; filename="shot.png"\r\n'
         f"Content-Type: image/png\r\n\r\n").encode() + screenshot + b"\r\n",
        f"--{boundary}--\r\n".encode(),
    ]
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def test_sigkill_during_concurrent_uploads_loses_no_acknowledged_capture(tmp_path):
    data_dir = tmp_path / "data"
    _, token = add_auditor(EvidenceStore(data_dir), "Anna")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process, log = start_server(tmp_path, data_dir, port, "first.log")
    acknowledged, failures, lock = [], [], threading.Lock()
    stop_uploading = threading.Event()
    try:
        wait_until_up(process, log, base)

        def uploader(worker: int):
            for n in range(10_000):
                if stop_uploading.is_set():
                    return
                screenshot = noisy_png(worker * 100_000 + n)
                body, content_type = encode_multipart(metadata(case=f"Case {n % 3}"), screenshot)
                try:
                    status, answer = call(base + "/api/v1/captures", data=body, headers={
                        "Content-Type": content_type, "Authorization": f"Bearer {token}"})
                except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError,
                        OSError) as exc:  # incl. an answer cut off mid-body by the kill: not acknowledged
                    with lock:
                        failures.append(type(exc).__name__)
                    continue
                if status == 201:
                    with lock:
                        acknowledged.append({**json.loads(answer), "screenshot": sha256(screenshot).hexdigest()})
                elif status not in (502, 503):
                    raise AssertionError(f"unexpected {status}: {answer[:300]!r}")

        threads = [threading.Thread(target=uploader, args=(i,), daemon=True) for i in range(8)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 40 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGKILL)  # master and workers, mid-stream
        process.wait(timeout=10)
        time.sleep(0.5)
        stop_uploading.set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        stop_uploading.set()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert len(acknowledged) >= 40, f"only {len(acknowledged)} uploads answered 201:\n{output(log)}"
    assert failures, "the kill should have cut uploads in flight"

    process, log = start_server(tmp_path, data_dir, port, "second.log")
    try:
        wait_until_up(process, log, base)
        status, answer = call(base + "/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
        cases = {case["id"]: case for case in json.loads(answer)["cases"]}
        listed = {}
        for case_id in cases:
            status, answer = call(f"{base}/api/v1/cases/{case_id}", headers={"Authorization": f"Bearer {token}"})
            assert status == 200
            chain = json.loads(answer)["captures"]
            assert [c["seq"] for c in chain] == list(range(1, len(chain) + 1)), "no gap, no fork"
            assert cases[case_id]["captures"] == len(chain)
            listed.update({c["entry_hash"]: {**c, "case_id": case_id} for c in chain})
        for receipt in acknowledged:
            capture = listed.get(receipt["entry_hash"])
            assert capture is not None, f"acknowledged capture lost: {receipt}"
            assert (capture["case_id"], capture["seq"]) == (receipt["case"]["id"], receipt["seq"])
            assert capture["files"]["screenshot"]["sha256"] == receipt["screenshot"]
        for case_id in cases:
            verified = subprocess.run([sys.executable, "-m", "consentlens.cli", "evidence", "verify", case_id,
                                       "--data-dir", str(data_dir)], capture_output=True, text=True, timeout=120)
            assert verified.returncode == 0, verified.stdout + verified.stderr
            assert "INTACT" in verified.stdout
    finally:
        stop(process)
    print(f"{len(acknowledged)} acknowledged, {len(listed)} listed, {len(failures)} cut by the kill")
