"""Findings -> warnings: the classifier's findings with messages, severity and forms.

The one place that turns `analyzer.analyze(snapshot)` (docs/FINDINGS.md) into
what a user reads; the HTTP API and the CLI both call it.
"""

from __future__ import annotations

from consentlens import messages
from consentlens.context import choose_language, detect_platform, detect_topic
from consentlens.forms import DEFAULT_LIMIT, routes
from consentlens.taxonomy import LEGAL_ANCHORS, PATTERNS

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def _confidence(finding: dict) -> float:
    value = finding.get("confidence")
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def warning(finding: dict, *, lang: str, platform: str | None, topic: str | None,
            country: str | None, privacy_links: object = None, forms_limit: int = DEFAULT_LIMIT) -> dict:
    """One pattern finding as a warning a user can act on. `privacy_links`: the
    snapshot's `dialog.privacy_links`, offered among the forms (source "page")."""
    pattern = finding["id"]
    evidence = finding.get("evidence") if isinstance(finding.get("evidence"), dict) else {}
    forms = routes(pattern, platform=platform, country=country, lang=lang, topic=topic,
                   privacy_links=privacy_links, limit=forms_limit)
    return {
        "id": pattern,
        "title": messages.title(pattern, lang),
        "confidence": _confidence(finding),
        "severity": messages.severity(pattern),
        "message": messages.message(pattern, evidence, lang),
        "explanation": messages.explanation(pattern, lang),
        "evidence": evidence,
        "forms": forms,
        "legal": LEGAL_ANCHORS[pattern],
    }


def explain(snapshot: dict, findings: dict, *, accept_language: str | None = None,
            country: str | None = None, forms_limit: int = DEFAULT_LIMIT) -> dict:
    """The warnings for one analysed snapshot.

    Language: the snapshot's `lang`, else Accept-Language, else the one the
    classifier guessed, else English. Platform comes from the snapshot URL, topic
    from the dialog text; `country` (ISO code or None) picks the national
    authority; the dialog's own privacy links join the forms. Patterns come
    most severe first, then most confident.
    """
    dialog = snapshot.get("dialog") or {}
    lang = choose_language(snapshot.get("lang"), accept_language, findings.get("lang"))
    platform = detect_platform(snapshot.get("url"))
    topic = detect_topic(dialog.get("text"))
    known = [f for f in findings.get("patterns") or [] if isinstance(f, dict) and f.get("id") in PATTERNS]
    warnings = [warning(f, lang=lang, platform=platform, topic=topic, country=country,
                        privacy_links=dialog.get("privacy_links"), forms_limit=forms_limit) for f in known]
    warnings.sort(key=lambda w: (_SEVERITY_ORDER[w["severity"]], -w["confidence"]))
    return {
        "consent_screen": bool(findings.get("consent_screen")),
        "patterns": warnings,
        "elements": list(findings.get("elements") or []),
        "model_version": str(findings.get("model_version") or ""),
        "lang": lang,
        "context": {"platform": platform, "topic": topic, "country": country},
    }
