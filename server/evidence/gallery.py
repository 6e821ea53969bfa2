"""The auditors' gallery: server-rendered pages under /gallery.

Login is with the auditor's API token; the session cookie (signed, HttpOnly,
SameSite=Strict, path /gallery, Secure when CONSENTLENS_COOKIE_SECURE=1)
carries the auditor id and a hash of the token's hash, so replacing a token
ends its sessions. No other part of the service reads or sets a cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import io
from datetime import date

from flask import (Blueprint, abort, current_app, redirect, render_template, request, send_file, session,
                   url_for)
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from .auditors import auditor_by_id, authenticate
from .captures import chain_of, facets, get_capture, get_case, list_captures, list_cases
from .export import build_zip, capture_details
from .verify import verify_case

bp = Blueprint("gallery", __name__, url_prefix="/gallery", template_folder="templates")
FILE_ROLES = {"screenshot": "screenshot_sha256", "full_page": "full_page_sha256"}
JSON_ROLES = {"snapshot.json": "snapshot_sha256", "verdict.json": "verdict_sha256"}


def store():
    return current_app.extensions["consentlens_evidence"]


class GallerySessionInterface(SecureCookieSessionInterface):
    """Sessions exist only under /gallery; the key is made on the first login, not before."""

    def get_signing_serializer(self, app):
        key = app.secret_key or app.extensions["consentlens_evidence"].session_secret()
        return URLSafeTimedSerializer(key, salt=self.salt, serializer=self.serializer,
                                      signer_kwargs={"key_derivation": self.key_derivation,
                                                     "digest_method": self.digest_method})

    def open_session(self, app, request):
        if not request.path.startswith("/gallery"):
            return None
        if app.config["SESSION_COOKIE_NAME"] not in request.cookies:
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app, session, response):
        if request.path.startswith("/gallery"):
            super().save_session(app, session, response)


def _session_tag(token_hash: str) -> str:
    return hashlib.sha256(b"gallery-session:" + token_hash.encode()).hexdigest()


def current_auditor() -> dict | None:
    auditor_id = session.get("auditor")
    if not isinstance(auditor_id, int):
        return None
    auditor = auditor_by_id(store(), auditor_id)
    if auditor is None or not hmac.compare_digest(str(session.get("tag", "")), _session_tag(auditor["token_hash"])):
        session.clear()
        return None
    return auditor


@bp.before_request
def _require_login():
    if request.endpoint in ("gallery.login", "gallery.index"):
        return None
    if current_auditor() is None:
        return redirect(url_for("gallery.login", next=request.full_path if request.method == "GET" else None))
    return None


@bp.after_request
def _private(response):
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = ("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
                                                   "form-action 'self'; frame-ancestors 'none'")
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _owned_case(case_id: str) -> dict:
    case = get_case(store(), current_auditor()["id"], case_id)
    if case is None:
        abort(404)
    return case


def _not_found():
    return render_template("gallery/not_found.html", auditor=current_auditor()), 404


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/gallery/") and "//" not in target and "\\" not in target:
        return target
    return url_for("gallery.cases")


@bp.get("/")
def index():
    return redirect(url_for("gallery.cases" if current_auditor() else "gallery.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        auditor = authenticate(store(), request.form.get("token", "").strip())
        if auditor is not None:
            session.clear()
            session.permanent = True
            session["auditor"] = auditor["id"]
            session["tag"] = _session_tag(auditor["token_hash"])
            return redirect(_safe_next(request.args.get("next")))
        error = "That token is not valid. Ask your administrator for a token (consentlens auditor add NAME)."
    return render_template("gallery/login.html", error=error), 401 if error else 200


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("gallery.login"))


@bp.get("/cases")
def cases():
    auditor = current_auditor()
    return render_template("gallery/cases.html", auditor=auditor, cases=list_cases(store(), auditor["id"]))


def _date(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, "")) if request.args.get(name) else None
    except ValueError:
        return None


def _captures_page(case: dict | None):
    auditor = current_auditor()
    filters = {"pattern": request.args.get("pattern", "")[:40], "site": request.args.get("site", "")[:255],
               "date_from": _date("from"), "date_to": _date("to")}
    everything = list_captures(store(), auditor["id"], case_id=case["id"] if case else None)
    shown = list_captures(store(), auditor["id"], case_id=case["id"] if case else None,
                          **{k: v for k, v in filters.items() if v})
    return render_template("gallery/captures.html", auditor=auditor, case=case, captures=shown,
                           total=len(everything), facets=facets(everything), filters=filters,
                           cases=list_cases(store(), auditor["id"]) if case is None else None)


@bp.get("/captures")
def captures():
    return _captures_page(None)


@bp.get("/cases/<case_id>")
def case(case_id):
    if get_case(store(), current_auditor()["id"], case_id) is None:
        return _not_found()
    return _captures_page(_owned_case(case_id))


@bp.get("/cases/<case_id>/captures/<int:seq>")
def capture(case_id, seq):
    found = get_case(store(), current_auditor()["id"], case_id)
    item = get_capture(store(), case_id, seq) if found else None
    if item is None:
        return _not_found()
    return render_template("gallery/capture.html", auditor=current_auditor(), case=found,
                           capture=capture_details(store(), item), image_prefix=None)


@bp.get("/cases/<case_id>/captures/<int:seq>/<role>")
def capture_file(case_id, seq, role):
    _owned_case(case_id)
    item = get_capture(store(), case_id, seq)
    column = FILE_ROLES.get(role) or JSON_ROLES.get(role) or ("screenshot_sha256" if role == "thumbnail" else None)
    if item is None or column is None or not item.get(column):
        abort(404)
    try:
        if role == "thumbnail":
            data, mimetype = store().thumbnail(item[column]), "image/jpeg"
        else:
            data = store().files.read(item[column])
            mimetype = "application/json" if role in JSON_ROLES else item[f"{role}_type"]
    except (OSError, ValueError):
        abort(404)
    response = send_file(io.BytesIO(data), mimetype=mimetype, max_age=0)
    response.headers["Cache-Control"] = "private, max-age=86400"  # content-addressed: never changes
    return response


@bp.get("/cases/<case_id>/verify")
def verify(case_id):
    found = _owned_case(case_id)
    return render_template("gallery/verify.html", auditor=current_auditor(), case=found,
                           report=verify_case(store(), case_id))


@bp.get("/cases/<case_id>/export.zip")
def export_zip(case_id):
    found = _owned_case(case_id)
    archive = build_zip(store(), found, current_auditor()["name"], chain_of(store(), case_id))
    return send_file(archive, mimetype="application/zip", as_attachment=True, download_name=f"case-{case_id}.zip")


@bp.get("/cases/<case_id>/report.pdf")
def report_pdf(case_id):
    found = _owned_case(case_id)
    from .report_pdf import build_pdf  # reportlab only when a PDF is asked for (service memory)

    pdf = build_pdf(store(), found, current_auditor()["name"], chain_of(store(), case_id))
    return send_file(pdf, mimetype="application/pdf", as_attachment=True, download_name=f"case-{case_id}.pdf")
