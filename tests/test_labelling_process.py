"""Labels are never lost across a server restart: the real `consentlens serve` process (gunicorn, 2 workers)
is SIGKILLed while several annotators save, restarted, and then

  - every save it acknowledged (201, or 200 for a repeat) is in the database,
  - the annotators' sessions still work (no new login),
  - saves that got no answer are retried with the same submission id and are stored exactly once,
  - repeating an acknowledged save answers 200 "duplicate" with the same result.

The command runs with the service tests' fake analyzer whatever the state of the
model (the model's suggestions are not what is tested here).
"""

from __future__ import annotations

import http.client
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from labelling_helpers import banner
from sqlalchemy import func, select
from test_evidence_process import FAKE_MODEL, TESTS, wait_until_up
from test_server_process import free_port, stop

from consentlens.server.labelling import importing
from consentlens.server.labelling.accounts import add_researcher
from consentlens.server.labelling.labels import annotations_of
from consentlens.server.labelling.projects import create_project
from consentlens.server.labelling.store import LabelStore
from consentlens.server.labelling.tables import submissions


def start_server(tmp_path, data_dir, port, log_name):
    command = [sys.executable, "-c", FAKE_MODEL.format(tests=str(TESTS)), "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "2", "--threads", "4", "--data-dir", str(data_dir)]
    log = open(tmp_path / log_name, "w+b")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
                               env={**os.environ, "CONSENTLENS_DATA_DIR": str(tmp_path / "not-this-one")},
                               start_new_session=True)
    return process, log


class Annotator:
    """A browser-like client: a cookie jar, the CSRF token from the page, JSON saves."""

    def __init__(self, base: str, token: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.opener.open(urllib.request.Request(base + "/label/login", data=urllib.parse.urlencode(
            {"token": token}).encode()), timeout=30).read()
        page = self.opener.open(base + "/label/projects/1/screens/1", timeout=30).read().decode()
        self.csrf = json.loads(re.search(r'id="csrf-data">(.*?)</script>', page).group(1))

    def save(self, screen_id: int, submission_id: str, patterns: list) -> tuple[int, dict]:
        body = json.dumps({"submission_id": submission_id, "consent_screen": True, "patterns": patterns,
                           "roles": {"1": "accept"}}).encode()
        request = urllib.request.Request(f"{self.base}/label/api/projects/1/screens/{screen_id}/annotation", data=body,
                                         headers={"Content-Type": "application/json", "X-CSRF-Token": self.csrf})
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())


def label_for(name: str, screen_id: int) -> list:
    return ["no_reject"] if (screen_id + len(name)) % 3 == 0 else ["buried_opt_out"]


def test_server_killed_mid_session_loses_no_acknowledged_label(tmp_path):
    data_dir = tmp_path / "data"
    store = LabelStore(data_dir)
    project = create_project(store, "Restart", annotators_per_screen=4)
    importing.apply(store, project, [{"snapshot": banner(i), "source": f"t{i}"} for i in range(40)])
    names = ["Ada", "Bob", "Cy", "Dee"]
    tokens = {name: add_researcher(store, name)[1] for name in names}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process, log = start_server(tmp_path, data_dir, port, "first.log")
    acknowledged, unanswered, lock = {}, {}, threading.Lock()
    killed = threading.Event()
    try:
        wait_until_up(process, log, base)
        annotators = {name: Annotator(base, tokens[name]) for name in names}

        def work(name):
            for screen_id in range(1, 41):
                sub = f"{name}-screen-{screen_id:04d}"
                try:
                    status, answer = annotators[name].save(screen_id, sub, label_for(name, screen_id))
                except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError):
                    # no answer, or the kill cut the answer off mid-body (IncompleteRead): not acknowledged
                    with lock:
                        unanswered[sub] = (name, screen_id)
                    if killed.is_set():
                        # as the page does: keep the label, retry later with the same submission id
                        for later in range(screen_id + 1, 41):
                            unanswered[f"{name}-screen-{later:04d}"] = (name, later)
                        return
                    continue
                assert status in (200, 201), (status, answer)
                with lock:
                    acknowledged[sub] = answer

        threads = [threading.Thread(target=work, args=(n,)) for n in names]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < 30 and time.monotonic() < deadline:
            time.sleep(0.01)
        killed.set()
        os.killpg(process.pid, signal.SIGKILL)  # gunicorn's master and its workers at once
        process.wait(timeout=10)
        for t in threads:
            t.join(timeout=60)
        assert len(acknowledged) >= 30 and unanswered, "the kill must land mid-session"

        process, log = start_server(tmp_path, data_dir, port, "second.log")
        wait_until_up(process, log, base)
        # every acknowledged label survived, with what was acknowledged
        stored = annotations_of(store, list(range(1, 41)))
        for sub, answer in acknowledged.items():
            name, screen = sub.split("-")[0], int(sub.rsplit("-", 1)[1])
            mine = [a for a in stored[screen] if a["annotator"] == name]
            assert mine and mine[0]["patterns"] == answer["label"]["patterns"], sub
        # the same sessions go on after the restart; unanswered saves are retried with their ids
        for sub, (name, screen_id) in sorted(unanswered.items()):
            status, answer = annotators[name].save(screen_id, sub, label_for(name, screen_id))
            assert status in (200, 201), (status, answer)
        for sub, answer in list(acknowledged.items())[:5]:
            name, screen = sub.split("-")[0], int(sub.rsplit("-", 1)[1])
            status, again = annotators[name].save(screen, sub, label_for(name, screen))
            assert status == 200 and again["duplicate"] and again["saved_at"] == answer["saved_at"]
        with store.db.read() as connection:
            assert connection.execute(select(func.count()).select_from(submissions)).scalar_one() == 160
        stored = annotations_of(store, list(range(1, 41)))
        assert all(sorted(a["annotator"] for a in found) == sorted(names) for found in stored.values())
    finally:
        stop(process)
