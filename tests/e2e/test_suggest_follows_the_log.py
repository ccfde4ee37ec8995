"""End to end: ``recoverykit suggest --json`` follows the logged days, as the window's card does.

A run that ended 15 minutes ago (a FIT file written for now) is imported with
``recoverykit workouts import``; a day logged 5 minutes ago comes in through
``recoverykit import`` (the history JSON's ``days``), as it would from
another computer. Real clock, real data dir, the installed command.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from tests.e2e.test_installed_app import env_for, recoverykit_command
from tests.workouts import fit_writer

pytestmark = pytest.mark.e2e

KINDS_ON_AN_INJURY = {"foam_roll", "massage_gun", "vibration", "heat", "bath"}


def _cli(data_dir, *args: str) -> str:
    result = subprocess.run([recoverykit_command(), *args], env=env_for(data_dir), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _day(data_dir, tmp_path, soreness: dict, signs=(), injured=()) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0)
    document = json.loads(_cli(data_dir, "history", "--json"))
    document["sessions"] = []
    document["days"] = [{"id": uuid.uuid4().hex, "logged_at": (now - timedelta(minutes=5)).isoformat(),
                         "rest_day": False, "soreness": soreness, "sleep_h": None,
                         "warning_signs": list(signs), "injured_areas": list(injured), "note": ""}]
    path = tmp_path / f"day-{uuid.uuid4().hex}.json"
    path.write_text(json.dumps(document))
    _cli(data_dir, "import", str(path))


def _steps(document: dict, kind: str) -> list[str]:
    return [step["areas"][0] for step in document["routine"]["steps"] if step["kind"] == kind]


def test_suggest_puts_the_logged_sorest_first_and_drops_what_an_injury_rules_out(tmp_path):
    data_dir = tmp_path / "data"
    run = tmp_path / "run.fit"
    ended = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=15)
    run.write_bytes(fit_writer.run(km=10, minutes=50, start=ended - timedelta(minutes=50)))
    _cli(data_dir, "workouts", "import", str(run))
    _day(data_dir, tmp_path, {"quads": 8, "hamstrings": 6, "calves": 2})
    document = json.loads(_cli(data_dir, "suggest", "--json"))
    assert _steps(document, "stretch")[:3] == ["quads", "hamstrings", "calves"]
    assert _steps(document, "foam_roll") == ["quads", "hamstrings", "calves"]
    assert [later["routine_id"] for later in document["later"]] == ["massage-gun", "hand-massage", "contrast"]

    _day(data_dir, tmp_path, {"calves": 9}, signs=["sharp_pain"], injured=["calves"])
    document = json.loads(_cli(data_dir, "suggest", "--json"))
    for step in document["routine"]["steps"]:
        assert not (step["kind"] in KINDS_ON_AN_INJURY and "calves" in step["areas"]), step
    assert document["later"] == []
    assert "sharp pain" in document["reasons"][0]["why"]
    assert "injured or swollen" in document["reasons"][1]["why"]
    text = _cli(data_dir, "suggest")
    assert "later" not in text and "Foam roll" not in text
