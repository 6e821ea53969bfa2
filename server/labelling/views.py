"""The labelling app's pages and its two JSON calls, under /label.

Login is with a researcher's token. The session cookie `consentlens_label`
(signed, HttpOnly, SameSite=Strict, path /label, 12 hours, Secure when
CONSENTLENS_COOKIE_SECURE=1) carries the researcher id, a hash of the token's
hash (a new token ends old sessions) and a CSRF token that every POST repeats
(a form field, or the X-CSRF-Token header of the JSON calls). It is separate
from the gallery's cookie and never sent to the API.

Pages are server-rendered; only the labelling screen runs a script of ours
(static/label.js): the snapshot itself is shown in a sandboxed srcdoc frame
(preview.py) and never runs or loads anything.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from flask import (Blueprint, Response, abort, current_app, g, redirect, render_template, request, url_for)
from itsdangerous import BadSignature, URLSafeTimedSerializer

from consentlens.taxonomy import PATTERNS, ROLES

from ..errors import error_response
from . import agreement, formats, importing, labels, projects
from .accounts import authenticate, researcher_by_id
from .preview import PREVIEW_CSP, preview

bp = Blueprint("labelling", __name__, url_prefix="/label", template_folder="templates",
               static_folder="static", static_url_path="/static")

COOKIE = "consentlens_label"
COOKIE_PATH = "/label"
SESSION_SECONDS = 12 * 3600
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
PATTERN_TITLES = {
    "pay_or_consent": "Pay or consent", "consent_wall": "Consent wall", "no_reject": "No reject on first layer",
    "buried_opt_out": "Buried opt-out", "preselected": "Pre-selected", "confirmshaming": "Confirmshaming",
    "misleading_wording": "Misleading wording",
}
ROLE_KEYS = {"accept": "a", "reject": "r", "settings": "e", "pay": "p", "object": "o", "close": "x", "other": "t"}


def store():
    return current_app.extensions["consentlens_labelling"]


# -- session ----------------------------------------------------------------------------

def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(store().session_secret(), salt="consentlens-label-session")


def _tag(token_hash: str) -> str:
    return hashlib.sha256(b"label-session:" + token_hash.encode()).hexdigest()


def _load_session() -> dict | None:
    raw = request.cookies.get(COOKIE)
    if not raw or not store().db.exists():
        return None
    try:
        data = _serializer().loads(raw, max_age=SESSION_SECONDS)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("r"), int):
        return None
    researcher = researcher_by_id(store(), data["r"])
    if researcher is None or researcher["token_hash"] is None or \
            not hmac.compare_digest(str(data.get("t", "")), _tag(researcher["token_hash"])):
        return None
    return {"researcher": researcher, "csrf": str(data.get("c", ""))}


def _set_cookie(response: Response, researcher: dict) -> None:
    value = _serializer().dumps({"r": researcher["id"], "t": _tag(researcher["token_hash"]),
                                 "c": secrets.token_urlsafe(24)})
    response.set_cookie(COOKIE, value, max_age=SESSION_SECONDS, path=COOKIE_PATH, httponly=True, samesite="Strict",
                        secure=bool(current_app.config.get("COOKIE_SECURE")))


@bp.before_request
def _require_login():
    g.label_session = _load_session()
    g.researcher = g.label_session["researcher"] if g.label_session else None
    if request.endpoint in ("labelling.login", "labelling.index", "labelling.static"):
        return None
    if g.researcher is None:
        if request.path.startswith("/label/api/"):
            return error_response(401, "unauthorized", "Log in again at /label/login (the session ended).")
        return redirect(url_for("labelling.login"))
    if request.method == "POST":
        sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf") or ""
        if not hmac.compare_digest(sent, g.label_session["csrf"]):
            return error_response(403, "csrf_failed", "This form is stale or came from another site; reload the page.")
    return None


@bp.after_request
def _private(response):
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _admin_only():
    if g.researcher["role"] != "admin":
        abort(403)


def _project(project_id: int) -> dict:
    project = projects.get_project(store(), project_id)
    if project is None:
        abort(404)
    return project


def _page(template: str, status: int = 200, **context):
    return render_template(template, researcher=g.get("researcher"),
                           csrf=g.label_session["csrf"] if g.get("label_session") else "",
                           **context), status


@bp.errorhandler(403)
def _forbidden(_exc):
    if request.path.startswith("/label/api/"):
        return error_response(403, "forbidden", "Only an admin may do this.")
    return _page("labelling/message.html", 403, title="Admins only",
                 message="Only an admin may do this (consentlens researcher add NAME --admin).")


@bp.errorhandler(404)
def _missing(_exc):
    if request.path.startswith("/label/api/"):
        return error_response(404, "not_found", "No such project or screen.")
    return _page("labelling/message.html", 404, title="Not found", message="No such project or screen.")


# -- login -----------------------------------------------------------------------------------

@bp.get("/")
def index():
    return redirect(url_for("labelling.project_list" if g.researcher else "labelling.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        researcher = authenticate(store(), request.form.get("token", "").strip())
        if researcher is not None:
            response = redirect(url_for("labelling.project_list"))
            _set_cookie(response, researcher)
            return response
        error = "That token is not valid. Ask an admin for one (consentlens researcher add NAME)."
    return _page("labelling/login.html", 401 if error else 200, error=error)


@bp.post("/logout")
def logout():
    response = redirect(url_for("labelling.login"))
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response


# -- projects ------------------------------------------------------------------------------

@bp.get("/projects")
def project_list():
    return _page("labelling/projects.html", items=projects.list_projects(store()), error=None)


@bp.post("/projects")
def project_create():
    _admin_only()
    try:
        project = projects.create_project(store(), request.form.get("name", ""),
                                          description=request.form.get("description", ""),
                                          queue_order=request.form.get("queue_order", "uncertainty"),
                                          annotators_per_screen=int(request.form.get("annotators", "2") or 2))
    except ValueError as exc:
        return _page("labelling/projects.html", 422, items=projects.list_projects(store()), error=str(exc))
    return redirect(url_for("labelling.project_page", project_id=project["id"]))


@bp.get("/projects/<int:project_id>")
def project_page(project_id):
    project = _project(project_id)
    evidence = current_app.extensions.get("consentlens_evidence")
    return _page("labelling/project.html", project=project,
                 progress=projects.progress(store(), project, g.researcher["id"]),
                 next_count=len(projects.queue(store(), project, g.researcher["id"])),
                 shared_cases=importing.shared_cases(evidence) if evidence and g.researcher["role"] == "admin" else [],
                 result=None)


@bp.post("/projects/<int:project_id>/settings")
def project_settings(project_id):
    _admin_only()
    project = _project(project_id)
    try:
        projects.set_queue_order(store(), project["id"], request.form.get("queue_order", ""))
    except ValueError:
        abort(400)
    return redirect(url_for("labelling.project_page", project_id=project_id))


@bp.post("/projects/<int:project_id>/import")
def project_import(project_id):
    _admin_only()
    project = _project(project_id)
    analyzer = current_app.config.get("ANALYZER")
    items, errors = [], []
    for upload in request.files.getlist("files"):
        if not upload or not upload.filename:
            continue
        data = upload.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            errors.append(f"{upload.filename}: larger than {MAX_UPLOAD_BYTES // 1_000_000} MB")
            continue
        try:
            items += importing.read_items(upload.filename, data)
        except (importing.ImportError_, formats.FormatError) as exc:
            errors.append(str(exc))
    urls = request.form.get("urls", "").strip()
    if urls:
        try:
            items += importing.scan_url_list(urls, "URL list")
        except importing.ImportError_ as exc:
            errors.append(str(exc))
    case_id = request.form.get("case", "").strip()
    if case_id:
        try:
            items += importing.capture_items(store(), current_app.extensions["consentlens_evidence"], case_id)
        except importing.ImportError_ as exc:
            errors.append(str(exc))
    result = importing.apply(store(), project, items, analyzer=analyzer)
    result["errors"] = errors + result["errors"]
    evidence = current_app.extensions.get("consentlens_evidence")
    return _page("labelling/project.html", project=project,
                 progress=projects.progress(store(), project, g.researcher["id"]),
                 next_count=len(projects.queue(store(), project, g.researcher["id"])),
                 shared_cases=importing.shared_cases(evidence) if evidence else [], result=result)


@bp.get("/projects/<int:project_id>/export.<fmt>")
def project_export(project_id, fmt):
    project = _project(project_id)
    names = {"jsonl": ("jsonl", "application/x-ndjson"), "csv": ("csv", "text/csv"),
             "labelstudio.json": ("labelstudio", "application/json")}
    if fmt not in names:
        abort(404)
    kind, mimetype = names[fmt]
    body = formats.export(store(), project, kind)
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="labels-{project_id}.{fmt}"'
    return response


# -- labelling ---------------------------------------------------------------------------

@bp.get("/projects/<int:project_id>/next")
def next_screen(project_id):
    project = _project(project_id)
    waiting = projects.queue(store(), project, g.researcher["id"])
    # "n" (next without saving) passes screens over for this visit; when only those remain, they come back
    passed = {int(x) for x in request.args.get("pass", "").split(",")[:200] if x.isdigit()}
    waiting = [sid for sid in waiting if sid not in passed] or waiting
    if not waiting:
        return _page("labelling/message.html", title="Queue empty",
                     message="Nothing left for you in this project. Thank you!",
                     project=project)
    return redirect(url_for("labelling.label_screen", project_id=project_id, screen_id=waiting[0]))


def _screen_data(project: dict, screen: dict, mode: str, prefill: dict | None, prefill_source: str | None) -> dict:
    snapshot = screen["snapshot"]
    shown = preview(snapshot)
    elements = [{"index": i, "text": (e.get("text") or e.get("name") or "")[:160], "tag": e.get("tag", ""),
                 "visible": bool(e.get("visible", True)), "layer": int(e.get("layer", 1) or 1),
                 "checked": e.get("checked"), "href": e.get("href", "")}
                for i, e in enumerate(snapshot.get("elements") or [])]
    return {
        "mode": mode, "project": project["id"], "screen": screen["id"],
        "save_url": url_for("labelling.api_save", project_id=project["id"], screen_id=screen["id"], kind=mode),
        "next_url": url_for("labelling.next_screen", project_id=project["id"]) if mode == "annotation"
        else url_for("labelling.disagreement_list", project_id=project["id"]),
        "preview_html": shown["html"], "located": shown["located"], "csp": PREVIEW_CSP,
        "elements": elements, "patterns": list(PATTERNS), "pattern_titles": PATTERN_TITLES,
        "roles": list(ROLES), "role_keys": ROLE_KEYS, "suggestion": screen["suggestion"],
        "prefill": prefill, "prefill_source": prefill_source,
        "dialog_width": int(((snapshot.get("dialog") or {}).get("bbox") or {}).get("w") or 0),
        "dialog_height": int(((snapshot.get("dialog") or {}).get("bbox") or {}).get("h") or 0),
    }


@bp.get("/projects/<int:project_id>/screens/<int:screen_id>")
def label_screen(project_id, screen_id):
    project = _project(project_id)
    screen = projects.get_screen(store(), project_id, screen_id)
    if screen is None:
        abort(404)
    mine = next((a for a in labels.annotations_of(store(), [screen_id])[screen_id]
                 if a["researcher_id"] == g.researcher["id"]), None)
    data = _screen_data(project, screen, "annotation", mine, "yours" if mine else None)
    return _page("labelling/label.html", project=project, screen=screen, data=data,
                 progress=projects.progress(store(), project, g.researcher["id"]), others=None, final=None)


@bp.post("/api/projects/<int:project_id>/screens/<int:screen_id>/<kind>")
def api_save(project_id, screen_id, kind):
    if kind not in ("annotation", "final"):
        abort(404)
    if kind == "final":
        _admin_only()
    project = _project(project_id)
    screen = projects.get_screen(store(), project_id, screen_id)
    if screen is None:
        abort(404)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return error_response(400, "malformed_json", "Send the label as a JSON object.")
    try:
        submission_id = labels.check_submission_id(body.get("submission_id"))
        label = labels.normalise(body, len(screen["snapshot"].get("elements") or []))
        if kind == "final" and label["skipped"]:
            raise labels.LabelError("a final label cannot be a skip", "$.skipped")
        answer = labels.submit(store(), kind=kind, screen=screen, researcher_id=g.researcher["id"],
                               submission_id=submission_id, label=label)
    except labels.LabelError as exc:
        code = {400: "bad_submission_id", 409: "submission_conflict", 503: "busy"}.get(exc.status, "invalid_label")
        return error_response(exc.status, code, str(exc), exc.path)
    answer["progress"] = projects.progress(store(), project, g.researcher["id"])
    return answer, 200 if answer["duplicate"] else 201


# -- agreement and adjudication ----------------------------------------------------------------

def _labelled(project_id: int) -> dict:
    ids = [s["id"] for s in projects.project_screens(store(), project_id)]
    every = labels.annotations_of(store(), ids)
    return {sid: [a for a in found if not a["skipped"]] for sid, found in every.items()
            if len([a for a in found if not a["skipped"]]) >= 1}


@bp.get("/projects/<int:project_id>/agreement")
def agreement_page(project_id):
    project = _project(project_id)
    result = agreement.report(_labelled(project_id))
    return _page("labelling/agreement.html", project=project, report=result, titles=PATTERN_TITLES,
                 progress=projects.progress(store(), project, g.researcher["id"]),
                 disagreements=len(labels.disagreements(store(), project_id)),
                 unanimous=len(labels.unanimous_screens(store(), project_id)))


@bp.get("/projects/<int:project_id>/disagreements")
def disagreement_list(project_id):
    project = _project(project_id)
    items = labels.disagreements(store(), project_id)
    screens_by_id = {s["id"]: s for s in projects.project_screens(store(), project_id)}
    for item in items:
        item["screen"] = screens_by_id[item["screen_id"]]
    return _page("labelling/disagreements.html", project=project, items=items,
                 unanimous=len(labels.unanimous_screens(store(), project_id)))


@bp.post("/projects/<int:project_id>/finalise-unanimous")
def finalise_unanimous(project_id):
    _admin_only()
    project = _project(project_id)
    count = 0
    for screen_id, label in labels.unanimous_screens(store(), project_id):
        screen = projects.get_screen(store(), project_id, screen_id)
        labels.submit(store(), kind="final", screen=screen, researcher_id=g.researcher["id"],
                      submission_id="unan_" + hashlib.sha256(json.dumps([screen_id, label], sort_keys=True)
                                                             .encode()).hexdigest()[:40],
                      label=label, method="unanimous")
        count += 1
    return _page("labelling/message.html", title="Final labels set",
                 message=f"{count} screen(s) where every annotator agreed now have a final label.", project=project)


@bp.get("/projects/<int:project_id>/screens/<int:screen_id>/adjudicate")
def adjudicate(project_id, screen_id):
    _admin_only()
    project = _project(project_id)
    screen = projects.get_screen(store(), project_id, screen_id)
    if screen is None:
        abort(404)
    others = [a for a in labels.annotations_of(store(), [screen_id])[screen_id] if not a["skipped"]]
    final = labels.finals_of(store(), [screen_id]).get(screen_id)
    n_elements = len(screen["snapshot"].get("elements") or [])
    prefill = final or (labels.majority(others, n_elements) if others else None)
    data = _screen_data(project, screen, "final", prefill, "final" if final else "majority")
    return _page("labelling/label.html", project=project, screen=screen, data=data, others=others, final=final,
                 progress=projects.progress(store(), project, g.researcher["id"]), titles=PATTERN_TITLES)
