"""Every error the API gives is JSON: {"error": {"status", "code", "message", "path"?}}.

`error_response()` is the one way to build one; `ApiError` is raised by the
request handlers for problems with the request; the handlers registered here
turn Werkzeug's HTTP errors (404, 405, 413, ...) and anything unexpected into
the same shape. Logs carry the error type, never request content.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("consentlens.server")

# Status -> (code, message) for the HTTP errors Werkzeug raises before our handlers run.
_HTTP_ERRORS = {
    400: ("bad_request", "The request could not be read."),
    404: ("not_found", "No such endpoint. The API is described at /api/v1/openapi.json."),
    405: ("method_not_allowed", "This endpoint does not accept {method}; allowed: {allowed}."),
    413: ("payload_too_large", "The request body is larger than {limit} bytes; send one dialog snapshot, not the page."),
    415: ("unsupported_media_type", "Send the snapshot as JSON with Content-Type: application/json."),
}


class ApiError(Exception):
    """A problem with the request that the client can fix (or, for 503, retry)."""

    def __init__(self, status: int, code: str, message: str, path: str | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.path = status, code, message, path
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, path: str | None = None,
                   headers: dict | None = None):
    body = {"status": status, "code": code, "message": message}
    if path is not None:
        body["path"] = path
    response = jsonify({"error": body})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _http_error(exc: HTTPException):
    status = exc.code or 500
    code, template = _HTTP_ERRORS.get(status, (exc.name.lower().replace(" ", "_"), exc.description or exc.name))
    headers = {}
    allowed = getattr(exc, "valid_methods", None)
    if status == 405 and allowed:
        headers["Allow"] = ", ".join(allowed)
    limit = request.max_content_length or current_app.config.get("MAX_CONTENT_LENGTH")
    if status == 413 and g.get("body_limit_hint"):
        template = "The request body is larger than {limit} bytes; " + g.body_limit_hint + "."
    message = template.format(method=request.method, allowed=", ".join(allowed or ()), limit=limit)
    return error_response(status, code, message, headers=headers)


def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message, exc.path, exc.headers)


def _unexpected(exc: Exception):
    # The exception's message may quote snapshot text, so log only its type and where it happened.
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s while handling %s %s\n%s", type(exc).__name__, request.method, request.path, frames)
    return error_response(500, "internal_error",
                          "The server failed while handling this request; it was logged without its content. "
                          "Please report it with the model version from /api/v1/version.")


def register(app: Flask) -> None:
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
