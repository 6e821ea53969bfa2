"""The labelling app: accounts and sessions, saving labels (idempotent, concurrent), queue, imports, adjudication."""

from __future__ import annotations

import hashlib
import json
import threading
from types import SimpleNamespace

import pytest
from evidence_helpers import bearer, evidence_app, multipart, metadata, new_auditor, png
from labelling_helpers import (banner, csrf_of, labelling_app, login, page_data, project_with_screens, researcher,
                               save, store_of)
from sqlalchemy import func, select

from consentlens.cli import main
from consentlens.server.labelling import importing
from consentlens.server.labelling.accounts import set_capture_sharing
from consentlens.server.labelling.labels import annotations_of, finals_of
from consentlens.server.labelling.projects import create_project, get_project, order_queue, queue, snapshot_uid
from consentlens.server.labelling.store import LabelStore
from consentlens.server.labelling.tables import annotations, researchers, submissions


@pytest.fixture
def app(tmp_path):
    return labelling_app(tmp_path / "data")


# -- accounts and sessions -------------------------------------------------------------------

def test_token_is_stored_hashed_and_login_sets_a_strict_cookie_for_label_only(app):
    token = researcher(app, "Ada", admin=True)
    assert token.startswith("clr_")
    with store_of(app).db.read() as connection:
        row = connection.execute(select(researchers)).first()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() and token not in str(tuple(row))
    client = app.test_client()
    response = client.post("/label/login", data={"token": token})
    cookie = response.headers["Set-Cookie"]
    assert response.status_code == 302
    for part in ("consentlens_label=", "HttpOnly", "Path=/label", "SameSite=Strict"):
        assert part in cookie
    assert client.get("/label/projects").status_code == 200
    # the API and the gallery never get a cookie
    assert "Set-Cookie" not in client.get("/api/v1/health").headers


def test_bad_token_and_no_session(app):
    researcher(app, "Ada")
    client = app.test_client()
    assert client.post("/label/login", data={"token": "clr_wrong"}).status_code == 401
    assert client.get("/label/projects").status_code == 302
    answer = client.post("/label/api/projects/1/screens/1/annotation", json={})
    assert answer.status_code == 401 and answer.json["error"]["code"] == "unauthorized"


def test_new_token_ends_old_sessions(app):
    token = researcher(app, "Ada")
    client = login(app, token)
    main(["researcher", "token", "Ada", "--data-dir", str(store_of(app).data_dir)])
    assert client.get("/label/projects").status_code == 302


def test_posts_need_the_csrf_token(app):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    answer = save(client, "not-the-token", project["id"], 1, "sub-00000001")
    assert answer.status_code == 403 and answer.json["error"]["code"] == "csrf_failed"


def test_researchers_cannot_set_final_labels_or_import(app):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Bob"))
    csrf = csrf_of(client, project["id"])
    assert save(client, csrf, project["id"], 1, "sub-00000001", kind="final").status_code == 403
    assert client.post(f"/label/projects/{project['id']}/import", data={"csrf": csrf}).status_code == 403


# -- saving labels ---------------------------------------------------------------------------

def test_duplicate_submission_returns_the_same_result_and_stores_once(app):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    csrf = csrf_of(client, project["id"])
    first = save(client, csrf, project["id"], 1, "sub-aaaaaaaa", patterns=["no_reject"], roles={"1": "accept"})
    again = save(client, csrf, project["id"], 1, "sub-aaaaaaaa", patterns=["no_reject"], roles={"1": "accept"})
    assert first.status_code == 201 and again.status_code == 200
    assert again.json["duplicate"] is True
    assert {k: v for k, v in first.json.items() if k not in ("duplicate", "progress")} == \
        {k: v for k, v in again.json.items() if k not in ("duplicate", "progress")}
    conflict = save(client, csrf, project["id"], 1, "sub-aaaaaaaa", patterns=["preselected"])
    assert conflict.status_code == 409 and conflict.json["error"]["code"] == "submission_conflict"
    with store_of(app).db.read() as connection:
        assert connection.execute(select(func.count()).select_from(submissions)).scalar_one() == 1
        assert connection.execute(select(func.count()).select_from(annotations)).scalar_one() == 1


def test_editing_a_label_keeps_the_earlier_one_in_the_history(app):
    from consentlens.server.labelling.labels import history

    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    csrf = csrf_of(client, project["id"])
    save(client, csrf, project["id"], 1, "sub-first001", patterns=["no_reject"])
    save(client, csrf, project["id"], 1, "sub-second01", patterns=["buried_opt_out"])
    assert [h["label"]["patterns"] for h in history(store_of(app), 1)] == [["no_reject"], ["buried_opt_out"]]
    assert annotations_of(store_of(app), [1])[1][0]["patterns"] == ["buried_opt_out"]


@pytest.mark.parametrize("body, path", [
    ({"patterns": ["dark"]}, "$.patterns"),
    ({"patterns": ["no_reject", "buried_opt_out"]}, "$.patterns"),
    ({"consent_screen": False, "patterns": ["no_reject"]}, "$.patterns"),
    ({"roles": {"7": "accept"}}, "$.roles.7"),
    ({"roles": {"0": "villain"}}, "$.roles.0"),
    ({"note": "x" * 5000}, "$.note"),
])
def test_labels_are_validated_against_the_taxonomy(app, body, path):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    answer = save(client, csrf_of(client, project["id"]), project["id"], 1, "sub-invalid1", **body)
    assert answer.status_code == 422 and answer.json["error"]["path"] == path


def test_bad_submission_id(app):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    answer = save(client, csrf_of(client, project["id"]), project["id"], 1, "../../x")
    assert answer.status_code == 400


def test_concurrent_annotators_lose_nothing(app):
    project = project_with_screens(app, 6, annotators_per_screen=8)
    names = [f"Annotator {i}" for i in range(8)]
    tokens = {name: researcher(app, name) for name in names}
    results, errors = [], []

    def annotate(name):
        client = login(app, tokens[name])
        csrf = csrf_of(client, project["id"])
        for screen_id in range(1, 7):
            label = {"patterns": ["no_reject"] if (screen_id + len(name)) % 2 else [], "roles": {"1": "accept"}}
            sub = f"{name.replace(' ', '')}-{screen_id:04d}"
            for _ in range(2):  # every save sent twice, as a client retrying after a lost answer would
                answer = save(client, csrf, project["id"], screen_id, sub, **label)
                (results if answer.status_code in (200, 201) else errors).append((name, screen_id, answer.status_code))

    threads = [threading.Thread(target=annotate, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sum(1 for r in results) == 8 * 6 * 2
    with store_of(app).db.read() as connection:
        assert connection.execute(select(func.count()).select_from(annotations)).scalar_one() == 48
        assert connection.execute(select(func.count()).select_from(submissions)).scalar_one() == 48
    labelled = annotations_of(store_of(app), list(range(1, 7)))
    assert all(len(v) == 8 for v in labelled.values())


# -- queue ----------------------------------------------------------------------------------

def test_queue_by_uncertainty_then_random_seeded():
    rows = [SimpleNamespace(id=i, uncertainty=u, random_key=k)
            for i, u, k in ((1, 0.1, "c"), (2, 0.45, "b"), (3, None, "a"), (4, 0.45, "ab"), (5, 0.3, "d"))]
    order_queue(rows, "uncertainty")
    assert [r.id for r in rows] == [4, 2, 5, 1, 3]
    order_queue(rows, "random")
    assert [r.id for r in rows] == [3, 4, 2, 1, 5]


class ScoresAnalyzer:
    """An analyzer whose probabilities are given per screen (by the number in the URL)."""
    version = "test-1"

    def __init__(self, margins):
        self.margins = margins

    def _n(self, snapshot):
        return int(snapshot["url"].rsplit("page", 1)[1])

    def analyze(self, snapshot):
        return {"consent_screen": True, "consent_confidence": 0.99, "patterns": [], "elements": [],
                "model_version": self.version}

    def probabilities(self, snapshot):
        p = 0.5 + self.margins[self._n(snapshot)]
        return {"consent_screen": 0.99, "no_reject": p, "buried_opt_out": 0.01}


def test_queue_orders_by_model_uncertainty_and_excludes_done_screens(tmp_path):
    analyzer = ScoresAnalyzer({0: 0.4, 1: 0.01, 2: -0.2, 3: 0.1})
    app = labelling_app(tmp_path / "data", analyzer=analyzer)
    project = project_with_screens(app, 4, annotators_per_screen=1)
    store = store_of(app)
    token = researcher(app, "Ada")
    ada = next(r for r in _researchers(store) if r["name"] == "Ada")
    assert queue(store, project, ada["id"]) == [2, 4, 3, 1]  # margins .01, .1, .2, .4
    client = login(app, token)
    save(client, csrf_of(client, project["id"]), project["id"], 2, "sub-ada00002")
    assert queue(store, project, ada["id"]) == [4, 3, 1]
    bob = researcher(app, "Bob")
    bob_id = next(r for r in _researchers(store) if r["name"] == "Bob")["id"]
    assert 2 not in queue(store, project, bob_id)  # one annotator per screen was enough
    random_project = get_project(store, project["id"])
    random_project["queue_order"] = "random"
    first = queue(store, random_project, bob_id)
    assert first == queue(store, random_project, bob_id) and sorted(first) == [1, 3, 4]
    assert client.get(f"/label/projects/{project['id']}/next").headers["Location"].endswith("/screens/4")
    assert client.get(f"/label/projects/{project['id']}/next?pass=4").headers["Location"].endswith("/screens/3")
    assert bob


def _researchers(store):
    with store.db.read() as connection:
        return [dict(r._mapping) for r in connection.execute(select(researchers))]


# -- the labelling page --------------------------------------------------------------------

def test_label_page_carries_the_safe_preview_and_the_suggestion(app):
    project = project_with_screens(app, 1)
    client = login(app, researcher(app, "Ada"))
    response = client.get(f"/label/projects/{project['id']}/screens/1")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    html = response.get_data(as_text=True)
    assert 'sandbox=""' in html and "allow-scripts" not in html and "allow-same-origin" not in html
    data, _ = page_data(client, f"/label/projects/{project['id']}/screens/1")
    assert data["csp"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert data["located"] == [0, 1, 2]
    assert data["suggestion"]["patterns"] == ["buried_opt_out"]
    assert data["suggestion"]["roles"]["1"]["role"] == "accept"


# -- adjudication ----------------------------------------------------------------------------

def test_disagreement_view_and_final_label(app):
    project = project_with_screens(app, 2)
    ada, bob = login(app, researcher(app, "Ada", admin=True)), login(app, researcher(app, "Bob"))
    for client, patterns in ((ada, ["buried_opt_out"]), (bob, ["no_reject"])):
        save(client, csrf_of(client, project["id"]), project["id"], 1, f"sub-{id(client)}", patterns=patterns)
    for client in (ada, bob):
        save(client, csrf_of(client, project["id"]), project["id"], 2, f"sub2-{id(client)}", patterns=["preselected"])
    page = ada.get(f"/label/projects/{project['id']}/disagreements").get_data(as_text=True)
    assert "Settle" in page and "/screens/1/adjudicate" in page and "/screens/2/adjudicate" not in page
    data, csrf = page_data(ada, f"/label/projects/{project['id']}/screens/1/adjudicate")
    assert data["mode"] == "final" and data["prefill_source"] == "majority"
    answer = save(ada, csrf, project["id"], 1, "final-00000001", kind="final", patterns=["buried_opt_out"])
    assert answer.status_code == 201
    assert ada.post(f"/label/projects/{project['id']}/finalise-unanimous", data={"csrf": csrf}).status_code == 200
    decided = finals_of(store_of(app), [1, 2])
    assert decided[1]["patterns"] == ["buried_opt_out"] and decided[1]["method"] == "adjudicated"
    assert decided[2]["patterns"] == ["preselected"] and decided[2]["method"] == "unanimous"
    agreement = ada.get(f"/label/projects/{project['id']}/agreement").get_data(as_text=True)
    assert "Ada · Bob" in agreement


# -- imports ---------------------------------------------------------------------------------

def test_import_jsonl_html_training_records_and_url_lists(app, tmp_path):
    store = store_of(app)
    project = create_project(store, "Imports")
    lines = [json.dumps(banner(1)), json.dumps({"snapshot": banner(2)}), "",
             json.dumps({"id": "x", "group": "g", "html": "<html><body><div role='dialog' aria-modal='true'>"
                         "<p>We use cookies to show you ads.</p><button>Accept all</button><button>Reject all</button>"
                         "</div></body></html>", "snapshot": None, "url": "https://news.example/",
                         "consent_screen": True, "patterns": [], "license": "GPL-3.0-or-later"})]
    (tmp_path / "screens.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "page.html").write_text("<html><body><div role='dialog' aria-modal='true'><p>Cookies help us.</p>"
                                        "<button>Accept</button><a href='/settings'>Settings</a></div></body></html>")
    (tmp_path / "broken.jsonl").write_text('{"snapshot": {"schema_version": 1}}\nnot json\n')
    summary = importing.import_files(store, project, [tmp_path / "screens.jsonl", tmp_path / "page.html",
                                                       tmp_path / "broken.jsonl"], analyzer=app.config["ANALYZER"])
    assert summary["added"] == 4 and summary["errors"]
    assert any("line 2" in e for e in summary["errors"])
    again = importing.import_files(store, project, [tmp_path / "screens.jsonl"])
    assert again["added"] == 0 and again["duplicates"] == 3
    fake_scan = lambda urls: [SimpleNamespace(url=u, error=None if "ok" in u else "net::ERR", snapshot=banner(9))
                              for u in urls]
    (tmp_path / "sites.txt").write_text("# sites\nhttps://ok.example/\nhttps://down.example/\n")
    scanned = importing.import_files(store, project, [tmp_path / "sites.txt"], scan=fake_scan)
    assert scanned["added"] == 1 and "down.example" in scanned["errors"][0]


def test_cli_import_and_export(app, tmp_path, capsys):
    data_dir = str(store_of(app).data_dir)
    (tmp_path / "one.jsonl").write_text(json.dumps(banner(5)) + "\n")
    assert main(["labels", "import", "New", str(tmp_path / "one.jsonl"), "--data-dir", data_dir]) == 1
    assert main(["labels", "import", "New", str(tmp_path / "one.jsonl"), "--create", "--no-suggestions",
                 "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main(["labels", "export", "New", "--format", "jsonl", "--data-dir", data_dir]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["group"] == "labels:New:site0.example" and record["patterns"] is None


def test_captures_only_with_the_auditors_permission(tmp_path):
    data_dir = tmp_path / "data"
    app = evidence_app(data_dir)
    token = new_auditor(app, "Anna")
    client = app.test_client()
    snapshot = banner(3)
    answer = client.post("/api/v1/captures", data=multipart(metadata(case="Walls", snapshot=snapshot), png()),
                         headers=bearer(token))
    assert answer.status_code == 201
    case_id = answer.json["case"]["id"]
    store = LabelStore(data_dir, app.extensions["consentlens_evidence"].db)
    project = create_project(store, "From captures")
    evidence = app.extensions["consentlens_evidence"]
    with pytest.raises(importing.ImportError_, match="not allowed"):
        importing.capture_items(store, evidence, case_id)
    assert importing.shared_cases(evidence) == []
    assert main(["auditor", "share", "Anna", "--data-dir", str(data_dir)]) == 0
    items = importing.capture_items(store, evidence, case_id)
    assert importing.apply(store, project, items)["added"] == 1
    assert [c["id"] for c in importing.shared_cases(evidence)] == [case_id]
    set_capture_sharing(store, "Anna", False)
    with pytest.raises(importing.ImportError_):
        importing.capture_items(store, evidence, case_id)


def test_a_screen_is_the_same_screen_whenever_it_was_taken():
    # a saved page converted twice, seconds apart, must not become two screens to label
    first = banner(1)
    later = dict(first, captured_at="2031-05-05T05:05:05Z")
    other = dict(first, url="https://other.example/")
    assert snapshot_uid(first) == snapshot_uid(later)
    assert snapshot_uid(first) != snapshot_uid(other)
