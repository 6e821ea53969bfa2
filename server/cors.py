"""Cross-origin access: browser extensions and explicitly configured origins only.

The API is called by the ConsentLens extension (chrome-extension://<id>,
moz-extension://<uuid>) and by origins listed in CONSENTLENS_CORS_ORIGINS.
Web pages may not call it from a browser: they would learn what a local
service knows about the screens its user meets. No credentials are allowed
(the API has no cookies or sessions to send; auditors send their token in an
Authorization header, which needs no credentialed CORS).
"""

from __future__ import annotations

import re

from flask import Flask, current_app, request

from .errors import error_response

_EXTENSION_ORIGIN = re.compile(r"^(chrome-extension://[a-z0-9]{1,64}|moz-extension://[0-9a-f-]{1,64})$")
_ALLOWED_METHODS = "GET, POST, OPTIONS"
_ALLOWED_HEADERS = "Content-Type, Accept-Language, Authorization"
_PREFLIGHT_CACHE_SECONDS = "600"


def parse_origins(value: str | None) -> tuple[str, ...]:
    """Comma- or space-separated exact origins, e.g. "https://a.example, http://localhost:3000"."""
    origins = tuple(part.strip().rstrip("/") for part in re.split(r"[,\s]+", value or "") if part.strip())
    for origin in origins:
        if not re.fullmatch(r"[a-z][a-z0-9+.-]*://[^\s/]+", origin) or origin == "*":
            raise ValueError(f"CONSENTLENS_CORS_ORIGINS: {origin!r} is not an origin like https://example.org")
    return origins


def origin_allowed(origin: str | None, configured: tuple[str, ...] = ()) -> bool:
    if not origin:
        return False
    return bool(_EXTENSION_ORIGIN.match(origin)) or origin in configured


def _preflight():
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    origin = request.headers.get("Origin")
    if not origin_allowed(origin, current_app.config["CORS_ORIGINS"]):
        return error_response(403, "origin_not_allowed",
                              "This origin may not call the ConsentLens API; only the browser extension "
                              "and origins listed in CONSENTLENS_CORS_ORIGINS may.")
    response = current_app.make_default_options_response()
    response.status_code = 204
    response.headers.update({
        "Access-Control-Allow-Methods": _ALLOWED_METHODS,
        "Access-Control-Allow-Headers": _ALLOWED_HEADERS,
        "Access-Control-Max-Age": _PREFLIGHT_CACHE_SECONDS,
    })
    return response


def _add_headers(response):
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    if origin_allowed(origin, current_app.config["CORS_ORIGINS"]):
        response.headers["Access-Control-Allow-Origin"] = origin
    return response


def register(app: Flask) -> None:
    app.before_request(_preflight)
    app.after_request(_add_headers)
