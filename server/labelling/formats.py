"""Datasets in and out: our JSON Lines, CSV, and Label Studio task JSON.

One record per screen is the common form (`project_records`); each format
writes it and reads it back losslessly, so export -> import -> export gives
the same file (tests/test_labelling_formats.py).

Our JSON Lines record is a training_data record (training_data/FORMAT.md)
with the final label as `consent_screen` / `patterns` (null until decided)
and everything else under `labels`:

    {"id", "group": "labels:<project>:<site>", "family": "labels", "lang", "url",
     "html": null, "snapshot": {...}, "consent_screen", "patterns", "source",
     "license", "provenance",
     "labels": {"project", "site", "final": {...} | null, "annotations": [...],
                "suggestion": {...} | null, "reference": {...} | null}}
"""

from __future__ import annotations

import csv
import io
import json

from consentlens.taxonomy import PATTERNS, ROLES

from .labels import annotations_of, finals_of
from .projects import project_screens
from .store import LabelStore

FORMATS = ("jsonl", "csv", "labelstudio")
CSV_COLUMNS = (["id", "site", "url", "lang", "source", "consent_screen"] + [f"pattern:{p}" for p in PATTERNS]
               + ["roles", "note", "decided_by", "method", "decided_at", "annotators", "annotations",
                  "suggestion", "reference", "snapshot"])


class FormatError(ValueError):
    """A file that cannot be read as the format it claims; the message names the line or task."""


# -- the common record ---------------------------------------------------------------------

def project_records(store: LabelStore, project: dict) -> list[dict]:
    rows = project_screens(store, project["id"])
    ids = [r["id"] for r in rows]
    labels = annotations_of(store, ids)
    decided = finals_of(store, ids)
    return [_record(project, row, labels[row["id"]], decided.get(row["id"])) for row in rows]


def _record(project: dict, row: dict, annotations: list, final: dict | None) -> dict:
    reference = row["reference"] or {}
    return {
        "id": row["uid"],
        "group": f"labels:{project['name']}:{row['site']}",
        "family": "labels",
        "lang": row["lang"],
        "url": row["url"],
        "html": None,
        "snapshot": row["snapshot"],
        "consent_screen": final["consent_screen"] if final else None,
        "patterns": final["patterns"] if final else None,
        "source": row["source"],
        "license": reference.get("license", ""),
        "provenance": f"labelled in ConsentLens project {project['name']!r}",
        "labels": {
            "project": project["name"],
            "site": row["site"],
            "final": {k: final[k] for k in ("consent_screen", "patterns", "roles", "note", "decided_by", "method",
                                            "decided_at")} if final else None,
            "annotations": [{k: a[k] for k in ("annotator", "consent_screen", "patterns", "roles", "note", "skipped",
                                               "submitted_at")} for a in annotations],
            "suggestion": row["suggestion"],
            "reference": row["reference"],
        },
    }


# -- JSON Lines ----------------------------------------------------------------------------

def to_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def incoming_from_record(record: dict, where: str) -> dict:
    """What one record of a file asks us to store: a snapshot, maybe labels (validated later)."""
    if not isinstance(record, dict):
        raise FormatError(f"{where}: not a JSON object")
    if "elements" in record and "dialog" in record:  # a bare snapshot
        return {"snapshot": record}
    snapshot = record.get("snapshot")
    if snapshot is None and record.get("html"):
        return {"html": record["html"], "url": record.get("url", ""), "reference": _reference(record)}
    if not isinstance(snapshot, dict):
        raise FormatError(f"{where}: no snapshot (expected a snapshot, {{\"snapshot\": …}} or a training_data "
                          "record with html)")
    if "labels" in record and isinstance(record["labels"], dict):
        labels = record["labels"]
        return {"snapshot": snapshot, "source": record.get("source", ""), "site": labels.get("site"),
                "suggestion": labels.get("suggestion"), "reference": labels.get("reference"),
                "annotations": labels.get("annotations") or [], "final": labels.get("final")}
    return {"snapshot": snapshot, "source": record.get("source", ""), "reference": _reference(record)}


def _reference(record: dict) -> dict | None:
    """The labels a training_data record carries, kept beside the screen (shown only when adjudicating)."""
    if "consent_screen" not in record:
        return None
    return {k: record.get(k) for k in ("id", "group", "consent_screen", "patterns", "license", "provenance",
                                       "source") if k in record}


def from_jsonl(text: str, name: str = "file") -> list[dict]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"{name} line {number}: not JSON ({exc.msg})") from None
        item = incoming_from_record(record, f"{name} line {number}")
        item.setdefault("source", f"{name}:{number}")
        if not item.get("source"):
            item["source"] = f"{name}:{number}"
        out.append(item)
    return out


# -- CSV -------------------------------------------------------------------------------------

def _roles_text(roles: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted(roles.items(), key=lambda kv: int(kv[0])))


def to_csv(records: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        labels = r["labels"]
        final = labels["final"] or {}
        row = {"id": r["id"], "site": labels["site"], "url": r["url"], "lang": r["lang"], "source": r["source"],
               "consent_screen": "" if not final else int(final["consent_screen"]),
               "roles": _roles_text(final.get("roles", {})), "note": final.get("note", ""),
               "decided_by": final.get("decided_by") or "", "method": final.get("method", ""),
               "decided_at": final.get("decided_at", ""),
               "annotators": "; ".join(a["annotator"] for a in labels["annotations"]),
               "annotations": json.dumps(labels["annotations"], ensure_ascii=False, sort_keys=True),
               "suggestion": json.dumps(labels["suggestion"], ensure_ascii=False, sort_keys=True),
               "reference": json.dumps(labels["reference"], ensure_ascii=False, sort_keys=True),
               "snapshot": json.dumps(r["snapshot"], ensure_ascii=False, sort_keys=True)}
        for p in PATTERNS:
            row[f"pattern:{p}"] = "" if not final else int(p in final["patterns"])
        writer.writerow(row)
    return out.getvalue()


def _parse_roles(text: str, where: str) -> dict:
    roles = {}
    for part in text.split():
        key, _, role = part.partition("=")
        if not key.isdigit() or role not in ROLES:
            raise FormatError(f"{where}: roles must look like '0=accept 3=reject', not {part!r}")
        roles[key] = role
    return roles


def from_csv(text: str, name: str = "file") -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("id", "snapshot", "consent_screen") if c not in (reader.fieldnames or [])]
    if missing:
        raise FormatError(f"{name}: not a ConsentLens labels CSV (missing column(s) {', '.join(missing)})")
    out = []
    for number, row in enumerate(reader, 2):
        where = f"{name} row {number}"
        try:
            snapshot = json.loads(row["snapshot"])
            annotations = json.loads(row.get("annotations") or "[]")
            suggestion = json.loads(row.get("suggestion") or "null")
            reference = json.loads(row.get("reference") or "null")
        except json.JSONDecodeError as exc:
            raise FormatError(f"{where}: a JSON column is damaged ({exc.msg})") from None
        final = None
        if row["consent_screen"].strip() != "":
            final = {"consent_screen": row["consent_screen"].strip() == "1",
                     "patterns": [p for p in PATTERNS if row.get(f"pattern:{p}", "").strip() == "1"],
                     "roles": _parse_roles(row.get("roles", ""), where), "note": row.get("note", ""),
                     "decided_by": row.get("decided_by") or None, "method": row.get("method") or "imported",
                     "decided_at": row.get("decided_at", "")}
        out.append({"snapshot": snapshot, "source": row.get("source", "") or f"{name}:{number}",
                    "site": row.get("site") or None, "suggestion": suggestion, "reference": reference,
                    "annotations": annotations, "final": final})
    return out


# -- Label Studio ------------------------------------------------------------------------------

def labelstudio_config() -> str:
    """The labelling interface for these tasks in Label Studio (Project settings -> Labeling Interface)."""
    patterns = "".join(f'\n    <Choice value="{p}"/>' for p in PATTERNS)
    roles = "".join(f'<Choice value="{r}"/>' for r in ROLES)
    return (f'<View>\n  <HyperText name="screen" value="$html" inline="true"/>\n'
            f'  <Choices name="consent_screen" toName="screen" choice="single" showInline="true">'
            f'<Choice value="yes"/><Choice value="no"/></Choices>\n'
            f'  <Choices name="patterns" toName="screen" choice="multiple">{patterns}\n  </Choices>\n'
            f'  <Repeater on="$elements" indexFlag="{{{{idx}}}}">\n'
            f'    <Text name="element_{{{{idx}}}}" value="$elements[{{{{idx}}}}].text"/>\n'
            f'    <Choices name="role_{{{{idx}}}}" toName="element_{{{{idx}}}}" choice="single" showInline="true">'
            f'{roles}</Choices>\n  </Repeater>\n'
            f'  <TextArea name="note" toName="screen"/>\n</View>\n')


def _ls_result(label: dict) -> list[dict]:
    result = [{"id": "consent_screen", "from_name": "consent_screen", "to_name": "screen", "type": "choices",
               "value": {"choices": ["yes" if label["consent_screen"] else "no"]}}]
    if label["patterns"]:
        result.append({"id": "patterns", "from_name": "patterns", "to_name": "screen", "type": "choices",
                       "value": {"choices": list(label["patterns"])}})
    for index, role in sorted(label["roles"].items(), key=lambda kv: int(kv[0])):
        result.append({"id": f"role_{index}", "from_name": f"role_{index}", "to_name": f"element_{index}",
                       "type": "choices", "value": {"choices": [role]}})
    if label.get("note"):
        result.append({"id": "note", "from_name": "note", "to_name": "screen", "type": "textarea",
                       "value": {"text": [label["note"]]}})
    return result


def _ls_label(result: list, where: str) -> dict:
    label = {"consent_screen": True, "patterns": [], "roles": {}, "note": ""}
    for item in result:
        name = item.get("from_name", "")
        value = item.get("value") or {}
        if name == "consent_screen":
            label["consent_screen"] = (value.get("choices") or ["yes"])[0] == "yes"
        elif name == "patterns":
            label["patterns"] = list(value.get("choices") or [])
        elif name.startswith("role_") and name[5:].isdigit():
            label["roles"][name[5:]] = (value.get("choices") or ["other"])[0]
        elif name == "note":
            label["note"] = "\n".join(value.get("text") or [])
        else:
            raise FormatError(f"{where}: unknown result {name!r} (use the labelling interface from "
                              "`consentlens labels labelstudio-config`)")
    return label


def to_labelstudio(records: list[dict]) -> str:
    from .preview import preview

    tasks = []
    names = sorted({a["annotator"] for r in records for a in r["labels"]["annotations"]}
                   | {r["labels"]["final"]["decided_by"] for r in records
                      if r["labels"]["final"] and r["labels"]["final"]["decided_by"]})
    number = {name: n for n, name in enumerate(names, 1)}
    for task_id, r in enumerate(records, 1):
        labels, snapshot = r["labels"], r["snapshot"]
        annotations = [{"id": len(tasks) * 1000 + k, "completed_by": number[a["annotator"]],
                        "result": _ls_result(a), "was_cancelled": a["skipped"], "ground_truth": False,
                        "created_at": a["submitted_at"], "updated_at": a["submitted_at"]}
                       for k, a in enumerate(labels["annotations"], 1)]
        final = labels["final"]
        if final:
            annotations.append({"id": len(tasks) * 1000 + 999, "completed_by": number.get(final["decided_by"]),
                                "result": _ls_result(final), "was_cancelled": False, "ground_truth": True,
                                "created_at": final["decided_at"], "updated_at": final["decided_at"]})
        predictions = []
        suggestion = labels["suggestion"]
        if suggestion:
            predicted = {"consent_screen": suggestion["consent_screen"], "patterns": suggestion["patterns"],
                         "roles": {k: v["role"] for k, v in suggestion["roles"].items()}, "note": ""}
            predictions.append({"model_version": suggestion["model_version"], "result": _ls_result(predicted),
                                "score": round(1 - 2 * max(0.0, 0.5 - min(
                                    (abs(p - 0.5) for p in suggestion["probabilities"].values()), default=0.5)), 4)})
        tasks.append({
            "id": task_id,
            "data": {"html": preview(snapshot)["html"], "text": (snapshot.get("dialog") or {}).get("text", ""),
                     "url": r["url"], "lang": r["lang"], "site": labels["site"],
                     "elements": [{"index": e.get("index", i), "text": e.get("text", ""), "tag": e.get("tag", "")}
                                  for i, e in enumerate(snapshot.get("elements") or [])],
                     "snapshot": snapshot, "consentlens_id": r["id"], "source": r["source"]},
            "annotations": annotations,
            "predictions": predictions,
            "meta": {"consentlens": {"annotators": {str(n): name for name, n in number.items()},
                                     "suggestion": suggestion, "reference": labels["reference"],
                                     "final_method": final["method"] if final else None}},
        })
    return json.dumps(tasks, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def from_labelstudio(text: str, name: str = "file") -> list[dict]:
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{name}: not JSON ({exc.msg})") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    out = []
    for number, task in enumerate(tasks, 1):
        where = f"{name} task {number}"
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise FormatError(f"{where}: a Label Studio task needs a `data` object")
        data = task["data"]
        snapshot = data.get("snapshot")
        if not isinstance(snapshot, dict):
            raise FormatError(f"{where}: data.snapshot is missing (tasks exported by ConsentLens carry it)")
        meta = (task.get("meta") or {}).get("consentlens") or {}
        annotators = meta.get("annotators") or {}
        annotations, final = [], None
        for annotation in task.get("annotations") or []:
            user = str(annotation.get("completed_by"))
            who = annotators.get(user, f"labelstudio-user-{user}")
            label = _ls_label(annotation.get("result") or [], where)
            when = annotation.get("updated_at") or annotation.get("created_at") or ""
            if annotation.get("ground_truth"):
                final = {**label, "decided_by": who if str(annotation.get("completed_by")) in annotators else None,
                         "method": meta.get("final_method") or "imported", "decided_at": when}
            else:
                annotations.append({"annotator": who, **label, "skipped": bool(annotation.get("was_cancelled")),
                                    "submitted_at": when})
        out.append({"snapshot": snapshot, "source": data.get("source") or f"{name}:{number}",
                    "site": data.get("site"), "suggestion": meta.get("suggestion"),
                    "reference": meta.get("reference"), "annotations": annotations, "final": final})
    return out


def export(store: LabelStore, project: dict, fmt: str) -> str:
    records = project_records(store, project)
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "csv":
        return to_csv(records)
    if fmt == "labelstudio":
        return to_labelstudio(records)
    raise FormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
