"""The forms catalogue: where a user can object, complain or read up on a pattern.

`consentlens/data/forms.json` is the project's copy of the verified catalogue
in shared/forms/ (same entries, same fields); `drift()` compares the two so a
change on either side is noticed. Entries are validated against
`data/forms.schema.json` plus the rules a schema cannot say.

A warning's routes (`routes()`) are the matching catalogue entries plus the
screen's own privacy links (snapshot `dialog.privacy_links`: the site's privacy
policy, privacy contact or data protection officer), marked `source: "page"`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema

from consentlens import messages
from consentlens.context import PLATFORM_PARENT, detect_platform
from consentlens.snapshot.privacy_links import KINDS as PAGE_ROUTE_KINDS
from consentlens.snapshot.privacy_links import is_safe_url

DEFAULT_LIMIT = 5

# Ranks of the routes offered for a screen, most specific first. _SITE is the
# screen's own privacy links (not catalogue entries): after the platform's own
# pages, before the authority, which usually expects the company to be asked first.
_OWN_ACTION, _OWN_HELP, _SITE, _AUTHORITY, _PARENT, _OTHER_AUTHORITY, _COLLECTIVE, _GUIDANCE = range(8)
_ACTING_KINDS = ("objection_form", "opt_out_setting")
_VERIFICATION_RANK = {"verified": 0, "partly": 1, "unverified": 2}
# Topics so broad that an entry carrying them fits any screen of its platform.
_GENERAL_TOPICS = ("data_rights",)
# Topics for a narrower audience, offered after the others.
_NARROW_TOPICS = ("non_users",)
# Patterns the platform itself offers a way out of (Meta: less personalised
# ads, cancelling the subscription): for these, the parent company's own help
# pages on the pattern count as the platform's own and come before the authority.
_WAY_OUT_ON_THE_PLATFORM = ("pay_or_consent",)
PAGE_ROUTE_IDS = {"policy": "site-privacy-policy", "contact": "site-privacy-contact", "dpo": "site-dpo"}


class CatalogueError(ValueError):
    """The catalogue file is missing, not JSON, or breaks the schema."""


def _data_file(name: str):
    return resources.files("consentlens") / "data" / name


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(_data_file("forms.schema.json").read_text(encoding="utf-8"))


def validate_catalogue(catalogue: object) -> list[str]:
    """Every problem of a catalogue, as 'where: what' strings (empty when valid)."""
    validator = jsonschema.Draft202012Validator(_schema())
    problems = [f"{error.json_path}: {error.message[:200]}"
                for error in sorted(validator.iter_errors(catalogue), key=lambda e: list(e.path))]
    if problems:
        return problems
    seen = set()
    for position, entry in enumerate(catalogue["forms"]):
        where = f"$.forms[{position}]"
        if entry["id"] in seen:
            problems.append(f"{where}.id: duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        missing = [lang for lang in entry["languages"] if lang not in entry["title"]]
        if missing:
            problems.append(f"{where}.title: no title for listed language(s) {', '.join(missing)}")
        if "*" in entry["countries"] and len(entry["countries"]) > 1:
            problems.append(f"{where}.countries: '*' already covers every country")
    return problems


def load_catalogue(path: str | Path | None = None) -> dict:
    """Read and validate a catalogue (the shipped one by default)."""
    source = Path(path) if path else _data_file("forms.json")
    try:
        catalogue = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"cannot read the forms catalogue {source}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"the forms catalogue {source} is not valid JSON: {exc}") from exc
    problems = validate_catalogue(catalogue)
    if problems:
        raise CatalogueError(f"the forms catalogue {source} is invalid:\n  " + "\n  ".join(problems))
    return catalogue


@lru_cache(maxsize=1)
def shipped_catalogue() -> dict:
    return load_catalogue()


def _family(platform: str | None) -> str | None:
    return PLATFORM_PARENT.get(platform, platform) if platform else None


def _rank(entry: dict, platform: str | None, pattern: str | None = None) -> int | None:
    """Which group an entry belongs to for a screen on `platform` (None: not offered)."""
    owner, kind = entry["platform"], entry["kind"]
    if owner == "any":
        if kind == "complaint_authority":
            return _AUTHORITY if "data_rights" in entry["topics"] else _OTHER_AUTHORITY
        return _COLLECTIVE if kind == "collective_action" else _GUIDANCE
    if platform is None:
        return None
    if owner == platform:
        if kind == "collective_action":
            return _COLLECTIVE
        return _OWN_ACTION if kind in _ACTING_KINDS else _OWN_HELP
    if owner == PLATFORM_PARENT.get(platform):
        if kind == "collective_action":
            return _COLLECTIVE
        published_by_family = _family(detect_platform(entry["url"])) == _family(platform)
        if (kind == "help_page" and pattern in _WAY_OUT_ON_THE_PLATFORM and pattern in entry["patterns"]
                and published_by_family):
            return _OWN_HELP
        return _PARENT
    return None


def _applies(entry: dict, pattern: str | None, country: str | None, topic: str | None) -> bool:
    if pattern and entry["patterns"] and pattern not in entry["patterns"]:
        return False
    if "*" not in entry["countries"] and country not in entry["countries"]:
        return False
    # A platform's own pages are about one subject (AI training, subscriptions,
    # ...): offer them only for a screen about that subject.
    if topic and entry["platform"] != "any" and topic not in entry["topics"]:
        general = any(t in entry["topics"] for t in _GENERAL_TOPICS)
        narrow = any(t in entry["topics"] for t in _NARROW_TOPICS)
        return general and not narrow
    return True


def match_forms(pattern: str | None, *, platform: str | None = None, country: str | None = None,
                lang: str = "en", topic: str | None = None, limit: int | None = DEFAULT_LIMIT,
                catalogue: dict | None = None) -> list[dict]:
    """Catalogue entries that help with `pattern` on `platform` for a user in `country`.

    Most specific first: the platform's own objection form or setting, its help
    pages (for pay_or_consent also the parent company's own help pages about
    the way out, e.g. Meta's less-personalised-ads page on Instagram), the
    country's data protection authority, the parent company's pages (Meta for
    Instagram), other authorities (DSA coordinators), collective actions, then
    general guidance. Within a group: entries for the country before those for
    everyone, pages in `lang` first, verified before partly, then catalogue
    order. `pattern=None` lists every pattern's entries; without a platform only
    entries that apply to any site are offered; without a country only those
    that serve every country.
    """
    entries = [entry for _, entry in _ranked(pattern, platform, country, lang, topic,
                                             catalogue or shipped_catalogue())]
    return entries if limit is None else entries[:limit]


def _ranked(pattern, platform, country, lang, topic, catalogue) -> list[tuple[tuple, dict]]:
    platform = platform.lower() if platform else None
    country = country.upper() if country else None
    ranked = []
    for position, entry in enumerate(catalogue["forms"]):
        rank = _rank(entry, platform, pattern)
        if rank is None or not _applies(entry, pattern, country, topic):
            continue
        key = (
            rank,
            "*" in entry["countries"],
            lang not in entry["languages"],
            bool(pattern) and not entry["patterns"],
            _VERIFICATION_RANK[entry["verification"]],
            topic not in _NARROW_TOPICS and any(t in entry["topics"] for t in _NARROW_TOPICS),
            position,
        )
        ranked.append((key, entry))
    ranked.sort(key=lambda item: item[0])
    return ranked


def title(entry: dict, lang: str) -> str:
    return entry["title"].get(lang) or entry["title"]["en"]


def form_link(entry: dict, lang: str) -> dict:
    """What a warning shows for a catalogue entry: its title in `lang`, URL,
    verification, `source: "catalogue"`, unless verified a caveat in `lang`, and
    for AI-training objections what objecting does and does not cover."""
    link = {"id": entry["id"], "title": title(entry, lang), "url": entry["url"],
            "verification": entry["verification"], "source": "catalogue"}
    note = messages.caveat(entry["verification"], lang)
    if note:
        link["caveat"] = note
    covers = messages.form_covers(entry["id"], lang)
    if covers:
        link["covers"] = covers
    return link


def page_routes(privacy_links: object, lang: str) -> list[dict]:
    """The screen's own privacy links (snapshot `dialog.privacy_links`) as
    routes: stable id per kind, title in `lang`, `source: "page"`, and a
    caveat that ConsentLens has not checked them. Links a producer could not
    have made (not https without query, not a role mailbox) are left out."""
    routes, seen = [], set()
    for link in privacy_links if isinstance(privacy_links, list) else []:
        if not isinstance(link, dict):
            continue
        kind, url = link.get("kind"), link.get("url")
        if kind not in PAGE_ROUTE_KINDS or kind in seen or not is_safe_url(url):
            continue
        seen.add(kind)
        routes.append({"id": PAGE_ROUTE_IDS[kind], "title": messages.page_route_title(kind, lang), "url": url,
                       "verification": "unverified", "source": "page",
                       "caveat": messages.page_route_caveat(lang)})
    return routes


def routes(pattern: str, *, platform: str | None = None, country: str | None = None, lang: str = "en",
           topic: str | None = None, privacy_links: object = None, limit: int | None = DEFAULT_LIMIT,
           catalogue: dict | None = None) -> list[dict]:
    """Everything a warning links for `pattern`, as form links: at most `limit`
    catalogue entries (match_forms), and the screen's own privacy links (at most
    one per kind, not counted in `limit`, so they never crowd out the authority)
    placed after the platform's own pages and before the authority."""
    ranked = _ranked(pattern, platform, country, lang, topic, catalogue or shipped_catalogue())
    if limit is not None:
        ranked = ranked[:limit]
    split = next((i for i, (key, _) in enumerate(ranked) if key[0] > _SITE), len(ranked))
    return ([form_link(entry, lang) for _, entry in ranked[:split]] + page_routes(privacy_links, lang)
            + [form_link(entry, lang) for _, entry in ranked[split:]])


def drift(project_catalogue: dict, shared_catalogue: dict) -> list[dict]:
    """Differences between the project's catalogue and the shared one.

    Each difference is {"id", "change", "field"?, "project"?, "shared"?}:
    `added` = in the shared catalogue only, `removed` = in the project's only,
    `changed` = same id, a field differs (one difference per field). Top-level
    fields (version, retrieved) are reported with id None. Order is ignored.
    """
    differences = []
    for field in sorted((set(project_catalogue) | set(shared_catalogue)) - {"forms"}):
        if project_catalogue.get(field) != shared_catalogue.get(field):
            differences.append({"id": None, "change": "changed", "field": field,
                                "project": project_catalogue.get(field),
                                "shared": shared_catalogue.get(field)})
    ours = {entry["id"]: entry for entry in project_catalogue.get("forms", [])}
    theirs = {entry["id"]: entry for entry in shared_catalogue.get("forms", [])}
    for form_id in theirs.keys() - ours.keys():
        differences.append({"id": form_id, "change": "added", "shared": theirs[form_id]})
    for form_id in ours.keys() - theirs.keys():
        differences.append({"id": form_id, "change": "removed", "project": ours[form_id]})
    for form_id in ours.keys() & theirs.keys():
        mine, other = ours[form_id], theirs[form_id]
        for field in sorted(set(mine) | set(other)):
            if mine.get(field) != other.get(field):
                differences.append({"id": form_id, "change": "changed", "field": field,
                                    "project": mine.get(field), "shared": other.get(field)})
    differences.sort(key=lambda d: (d["id"] or "", d["change"], d.get("field", "")))
    return differences

