"""Datasets out and in: JSON Lines, CSV and Label Studio tasks round-trip (export -> import -> export)."""

from __future__ import annotations

import json

import pytest
from labelling_helpers import csrf_of, labelling_app, login, project_with_screens, researcher, save, store_of

from consentlens.server.labelling import formats, importing
from consentlens.server.labelling.projects import create_project, get_project

SUFFIX = {"jsonl": "jsonl", "csv": "csv", "labelstudio": "json"}


@pytest.fixture
def labelled(tmp_path):
    """A project with two annotators, a skip, a note, a disagreement settled and a final label."""
    app = labelling_app(tmp_path / "source")
    project = project_with_screens(app, 3, name="Round trip")
    ada, bob = login(app, researcher(app, "Ada", admin=True)), login(app, researcher(app, "Bob"))
    a, b = csrf_of(ada, project["id"]), csrf_of(bob, project["id"])
    save(ada, a, project["id"], 1, "ada-0000001", patterns=["buried_opt_out"], roles={"1": "accept", "2": "reject"},
         note="reject is 11px grey, \"tiny\"; see, commas")
    save(bob, b, project["id"], 1, "bob-0000001", patterns=["no_reject"], roles={"1": "accept"})
    save(ada, a, project["id"], 2, "ada-0000002", consent_screen=False)
    save(bob, b, project["id"], 2, "bob-0000002", skipped=True)
    save(ada, a, project["id"], 1, "fin-0000001", kind="final", patterns=["buried_opt_out"],
         roles={"1": "accept", "2": "reject"}, note="settled")
    return app, project


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "labelstudio"])
def test_export_import_export_is_identical(labelled, tmp_path, fmt):
    app, project = labelled
    first = formats.export(store_of(app), project, fmt)
    path = tmp_path / f"export.{SUFFIX[fmt]}"
    path.write_text(first, encoding="utf-8")

    other = labelling_app(tmp_path / "target")
    store = store_of(other)
    target = create_project(store, "Round trip")
    summary = importing.import_files(store, target, [path])
    assert summary["errors"] == []
    assert summary["added"] == 3 and summary["annotations"] == 4 and summary["finals"] == 1
    second = formats.export(store, get_project(store, "Round trip"), fmt)
    assert second == first
    # importing the same file again changes nothing
    again = importing.import_files(store, target, [path])
    assert again["added"] == 0 and again["annotations"] == 0 and again["finals"] == 0
    assert formats.export(store, get_project(store, "Round trip"), fmt) == first


def test_jsonl_records_are_training_data_records(labelled):
    app, project = labelled
    records = [json.loads(line) for line in formats.export(store_of(app), project, "jsonl").splitlines()]
    settled = records[0]
    assert settled["group"].startswith("labels:Round trip:")
    assert settled["consent_screen"] is True and settled["patterns"] == ["buried_opt_out"]
    assert settled["labels"]["final"]["decided_by"] == "Ada"
    assert [a["annotator"] for a in settled["labels"]["annotations"]] == ["Ada", "Bob"]
    assert records[1]["patterns"] is None  # not adjudicated yet
    assert {a["skipped"] for a in records[1]["labels"]["annotations"]} == {False, True}


def test_csv_has_one_column_per_pattern(labelled):
    app, project = labelled
    text = formats.export(store_of(app), project, "csv")
    header = text.splitlines()[0].split(",")
    assert [c for c in header if c.startswith("pattern:")] == [
        "pattern:pay_or_consent", "pattern:consent_wall", "pattern:no_reject", "pattern:buried_opt_out",
        "pattern:preselected", "pattern:confirmshaming", "pattern:misleading_wording"]


def test_labelstudio_tasks_have_annotations_predictions_and_ground_truth(labelled):
    app, project = labelled
    tasks = json.loads(formats.export(store_of(app), project, "labelstudio"))
    task = tasks[0]
    assert set(task) >= {"id", "data", "annotations", "predictions"}
    assert task["data"]["html"] and "<script" not in task["data"]["html"]
    results = {r["from_name"]: r for r in task["annotations"][0]["result"]}
    assert results["patterns"]["type"] == "choices" and results["patterns"]["to_name"] == "screen"
    assert results["role_2"]["value"] == {"choices": ["reject"]} and results["role_2"]["to_name"] == "element_2"
    assert [a["ground_truth"] for a in task["annotations"]] == [False, False, True]
    assert task["predictions"][0]["model_version"] == "0000.00.00-fake0000"
    assert any(r["from_name"] == "patterns" for r in task["predictions"][0]["result"])
    assert tasks[1]["annotations"][1]["was_cancelled"] is True
    config = formats.labelstudio_config()
    assert 'name="patterns"' in config and "role_{{idx}}" in config


def test_labels_in_a_file_are_checked_against_the_taxonomy(tmp_path):
    app = labelling_app(tmp_path / "data")
    store = store_of(app)
    project = project_with_screens(app, 1, name="Source")
    record = json.loads(formats.export(store, project, "jsonl"))
    record["labels"]["annotations"] = [{"annotator": "Eve", "consent_screen": True, "patterns": ["evil"],
                                        "roles": {}, "note": "", "skipped": False, "submitted_at": "x"}]
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n")
    target = create_project(store, "Target")
    summary = importing.import_files(store, target, [path])
    assert summary["added"] == 1 and "unknown pattern 'evil'" in summary["errors"][0]
