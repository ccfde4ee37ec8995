"""The PyInstaller build: it builds, starts offscreen, finds its resources and runs a routine.

Builds packaging/recoverykit.spec once (about 20 s on two cores) into tmp_path
and drives the frozen binary the way a user would, reading what it stored
through its own ``history --json``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recoverykit import __version__
from tests.audio_support import missing_audio_reason

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    reason = missing_audio_reason()
    if reason:  # the frozen app bundles them, so PyInstaller must be able to load them
        pytest.skip(f"cannot build the frozen app: {reason}")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "recoverykit.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-4000:]
    binary = work / "dist" / "recoverykit" / "recoverykit"
    assert binary.is_file()
    return binary


def env_for(data_dir: Path, scale: float | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RECOVERYKIT_", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RECOVERYKIT_DATA_DIR"] = str(data_dir)
    if scale is not None:
        env["RECOVERYKIT_TIME_SCALE"] = str(scale)
    return env


def run(binary: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary), *args], env=env_for(data_dir), capture_output=True,
                          text=True, timeout=60, cwd=data_dir.parent)


def test_the_frozen_app_ships_its_resources(frozen, tmp_path):
    version = run(frozen, "--version", data_dir=tmp_path / "data")
    assert version.returncode == 0 and version.stdout.strip() == f"recoverykit {__version__}"
    listed = run(frozen, "routines", "--json", data_dir=tmp_path / "data")
    assert listed.returncode == 0, listed.stderr
    shipped = {p.stem for p in (ROOT / "resources" / "routines").glob("*.toml")}
    assert {r["id"] for r in json.loads(listed.stdout)} == shipped
    bundled = frozen.parent / "_internal" / "recoverykit" / "resources"
    for relative in ("icons/recoverykit.svg", "translations/recoverykit_zh_CN.qm",
                     "illustrations/ice-pack.svg"):
        assert (bundled / relative).is_file(), relative


def test_the_frozen_app_runs_a_routine_to_the_end(frozen, tmp_path):
    data = tmp_path / "data"
    document: dict = {}
    with subprocess.Popen([str(frozen), "start", "foam-roll"], env=env_for(data, 400),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          cwd=tmp_path) as proc:
        code, stderr = _drive(frozen, proc, data, document)
    assert code == 0, stderr
    [session] = document["sessions"]
    assert session["routine_id"] == "foam-roll"
    assert all(step["status"] == "done" for step in session["steps"])
    assert (data / "recoverykit.db").is_file()


def _drive(frozen: Path, proc: subprocess.Popen, data: Path, document: dict) -> tuple[int, str]:
    """Poll the frozen app's history until the session completed, then stop it with SIGTERM."""
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"the frozen app exited early: {proc.stderr.read()}")
            result = run(frozen, "history", "--json", data_dir=data)
            assert result.returncode == 0, result.stderr
            document.update(json.loads(result.stdout))
            if document["sessions"] and document["sessions"][0]["status"] == "completed":
                break
            time.sleep(0.5)  # waiting on another process, with a deadline
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    return proc.returncode, proc.stderr.read()
