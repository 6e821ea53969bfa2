"""The auditors' API: POST /api/v1/captures, cases, exports, the public key.

Every call but the public key needs `Authorization: Bearer <token>`
(`consentlens auditor add NAME` prints one). A case that is not the caller's
answers 404 exactly like a case that does not exist.
"""

from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, request, send_file, url_for

from ..errors import ApiError
from .auditors import authenticate
from .captures import get_case, list_cases, chain_of, record_capture
from .export import build_zip
from .upload import read_capture

bp = Blueprint("evidence_api", __name__, url_prefix="/api/v1")


def store():
    return current_app.extensions["consentlens_evidence"]


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def require_auditor() -> dict:
    auditor = authenticate(store(), _bearer_token())
    if auditor is None:
        raise ApiError(401, "unauthorized", "Send a valid auditor token as `Authorization: Bearer <token>`; "
                                            "an administrator creates one with `consentlens auditor add NAME`.",
                       headers={"WWW-Authenticate": 'Bearer realm="consentlens"'})
    return auditor


def owned_case(auditor: dict, case_id: str) -> dict:
    case = get_case(store(), auditor["id"], case_id)
    if case is None:
        raise ApiError(404, "case_not_found", f"You have no case {case_id[:40]!r}; GET /api/v1/cases lists yours.")
    return case


@bp.before_request
def _capture_limits():
    # Screenshots are bigger than snapshots: this endpoint has its own body limit,
    # and the metadata part (which carries the snapshot) may be as big as a snapshot.
    if request.endpoint == "evidence_api.capture":
        request.max_content_length = current_app.config["CAPTURE_MAX_BYTES"]
        request.max_form_memory_size = current_app.config["MAX_CONTENT_LENGTH"] + 65_536
        g.body_limit_hint = "a capture is one screenshot, an optional full-page image and the metadata"


@bp.post("/captures")
def capture():
    auditor = require_auditor()
    limit = current_app.config["CAPTURE_MAX_BYTES"]
    if request.content_length and request.content_length > limit:
        raise ApiError(413, "payload_too_large", f"The capture is {request.content_length} bytes; the limit is "
                                                 f"{limit} (CONSENTLENS_CAPTURE_MAX_BYTES).")
    parts = read_capture(request, current_app.config["IMAGE_MAX_BYTES"])
    receipt = record_capture(store(), auditor, parts["case_name"], parts["capture"], screenshot=parts["screenshot"],
                             full_page=parts["full_page"], snapshot=parts["snapshot"], verdict=parts["verdict"])
    response = jsonify(receipt)
    response.status_code = 201
    response.headers["Location"] = url_for("evidence_api.case", case_id=receipt["case"]["id"])
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/cases")
def cases():
    auditor = require_auditor()
    return jsonify({"cases": list_cases(store(), auditor["id"])})


def _capture_summary(capture: dict) -> dict:
    entry = capture["entry"]
    return {
        "seq": capture["seq"], "url": capture["url"], "site": capture["site"],
        "captured_at": capture["captured_at"], "received_at": capture["received_at"],
        "browser": capture["browser"], "extension_version": capture["extension_version"],
        "model_version": capture["model_version"], "patterns": capture["patterns"],
        "files": entry["files"], "prev_hash": capture["prev_hash"], "entry_hash": capture["entry_hash"],
        "signature": capture["signature"], "key_id": capture["key_id"],
    }


@bp.get("/cases/<case_id>")
def case(case_id):
    auditor = require_auditor()
    found = owned_case(auditor, case_id)
    found.pop("auditor_id", None)
    chain = chain_of(store(), case_id)
    found["last_capture_at"] = max((c["received_at"] for c in chain), default=None)
    return jsonify({"case": found, "captures": [_capture_summary(c) for c in chain]})


@bp.get("/cases/<case_id>/export.zip")
def export_zip(case_id):
    auditor = require_auditor()
    found = owned_case(auditor, case_id)
    archive = build_zip(store(), found, auditor["name"], chain_of(store(), case_id))
    return send_file(archive, mimetype="application/zip", as_attachment=True,
                     download_name=f"case-{found['id']}.zip", max_age=0)


@bp.get("/cases/<case_id>/report.pdf")
def report_pdf(case_id):
    auditor = require_auditor()
    found = owned_case(auditor, case_id)
    from .report_pdf import build_pdf  # reportlab only when a PDF is asked for (service memory)

    pdf = build_pdf(store(), found, auditor["name"], chain_of(store(), case_id))
    return send_file(pdf, mimetype="application/pdf", as_attachment=True,
                     download_name=f"case-{found['id']}.pdf", max_age=0)


@bp.get("/evidence/public-key")
def public_key():
    signer = store().existing_signer()
    if signer is None:
        raise ApiError(404, "no_signing_key", "This service has not signed any evidence yet, so it has no key.")
    return jsonify({"algorithm": "Ed25519", "key_id": signer.key_id, "public_key_pem": signer.public_key_pem})
