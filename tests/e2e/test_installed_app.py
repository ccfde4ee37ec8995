"""End to end: the installed ``recoverykit`` command, a real data dir, a real SQLite file.

These start the app as a user would (as a subprocess, offscreen) and read what
it stored through ``recoverykit history --json``. Waiting here is on another
process, with a deadline; the session itself runs on a scaled clock.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def recoverykit_command() -> str:
    script = Path(sysconfig.get_path("scripts")) / "recoverykit"
    assert script.exists(), "the recoverykit command is not installed in this environment"
    return str(script)


def env_for(data_dir: Path, scale: float | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RECOVERYKIT_DATA_DIR"] = str(data_dir)
    env.pop("RECOVERYKIT_TIME_SCALE", None)
    if scale is not None:
        env["RECOVERYKIT_TIME_SCALE"] = str(scale)
    return env


def history(data_dir: Path) -> dict:
    result = subprocess.run([recoverykit_command(), "history", "--json"], env=env_for(data_dir),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([recoverykit_command(), *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen, condition, data_dir: Path, within_s: float = 90.0) -> dict:
    """Poll the stored history until ``condition`` holds; the app must keep running meanwhile."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        document = history(data_dir)
        if condition(document):
            return document
        try:
            proc.wait(timeout=0.3)
        except subprocess.TimeoutExpired:
            continue
        raise AssertionError(f"recoverykit exited early with {proc.returncode}: {proc.stderr.read()}")
    raise AssertionError(f"condition not met within {within_s} s: {history(data_dir)}")


def terminate(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, proc.stderr.read()


def test_version_and_routines_json():
    version = subprocess.run([recoverykit_command(), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("recoverykit ")
    result = subprocess.run([recoverykit_command(), "routines", "--json"], capture_output=True,
                            text=True, timeout=60, env=env_for(Path("/nonexistent-unused")))
    assert result.returncode == 0, result.stderr
    routines = json.loads(result.stdout)
    by_id = {r["id"]: r for r in routines}
    assert {"cooldown", "leg-day", "massage-gun", "contrast", "warmup", "foam-roll"} <= set(by_id)
    for routine in routines:
        assert set(routine) >= {"id", "name", "steps"}
        for step in routine["steps"]:
            assert set(step) >= {"kind", "name", "duration_s", "sides", "temperature_c"}
            assert step["sides"] in ([], ["left", "right"])
    heat = by_id["contrast"]["steps"][1]
    assert heat["kind"] == "heat" and heat["temperature_c"] == 40 and heat["duration_s"] == 900


def test_a_routine_left_alone_runs_to_the_end_and_is_stored(tmp_path):
    with start(["start", "warmup"], env_for(tmp_path, 60)) as proc:
        try:
            document = wait_for(
                proc, lambda d: d["sessions"] and d["sessions"][0]["status"] == "completed", tmp_path)
        finally:
            code, stderr = terminate(proc)
    assert code == 0, stderr
    assert document["format"] == "recoverykit-history" and document["version"] == 1
    [session] = document["sessions"]
    assert session["routine_id"] == "warmup"
    assert [s["status"] for s in session["steps"]] == ["done"] * 7
    assert [s["side"] for s in session["steps"][:2]] == ["left", "right"]
    for key in ("started_at", "ended_at"):
        assert "+" in session[key][19:] or session[key].endswith("Z")
    database = tmp_path / "recoverykit.db"
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sigterm_mid_session_keeps_the_finished_steps_as_interrupted(tmp_path):
    with start(["start", "foam-roll"], env_for(tmp_path, 40)) as proc:
        try:
            wait_for(proc, lambda d: d["sessions"] and len(d["sessions"][0]["steps"]) >= 2, tmp_path)
        finally:
            code, stderr = terminate(proc)
    assert code == 0, stderr
    [session] = history(tmp_path)["sessions"]
    assert session["status"] == "interrupted"
    assert session["ended_at"] is not None
    assert [s["status"] for s in session["steps"][:2]] == ["done", "done"]


def test_an_unknown_routine_is_a_clear_error(tmp_path):
    result = subprocess.run([recoverykit_command(), "start", "yoga"], env=env_for(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "no routine with the id 'yoga'" in result.stderr
    assert "cooldown" in result.stderr


def test_a_bad_time_scale_is_a_clear_error(tmp_path):
    env = env_for(tmp_path)
    env["RECOVERYKIT_TIME_SCALE"] = "fast"
    result = subprocess.run([recoverykit_command(), "history"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "RECOVERYKIT_TIME_SCALE must be a number" in result.stderr


def test_history_of_a_fresh_data_dir_is_empty_and_creates_nothing(tmp_path):
    assert history(tmp_path / "fresh") == {"format": "recoverykit-history", "version": 1, "sessions": []}
    assert not (tmp_path / "fresh").exists()


def test_python_dash_m_works_too(tmp_path):
    result = subprocess.run([sys.executable, "-m", "recoverykit", "routines"], env=env_for(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("cooldown")
