"""Kill -9 at random moments: nothing committed is lost, the file stays sound, the session comes back.

The real ``recoverykit start foam-roll`` runs as a subprocess on a time scale
(the 6-minute routine takes under 4 s) and is killed with SIGKILL at a random
moment: mostly during the session, sometimes during start-up. Every kill then
checks, against what the stored history showed just before it:

- ``PRAGMA integrity_check`` is ok, and no file was ever judged damaged;
- ``recoverykit history --json`` still has every step of every session seen
  before the kill (the set of stored steps only grows);
- the killed session is reported ``resumable`` (the next start offers it);
- at most one session is left in progress and it is the one offered; every
  earlier one, declined by the next ``start``, is ``interrupted`` with all its
  steps.

All kills share one data folder, so each start also recovers from the kill
before it: stale lock, stale socket, hot WAL.
Set RECOVERYKIT_CRASH_SEED to replay a run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recoverykit import cli
from recoverykit.core.clock import local_now
from recoverykit.paths import AppPaths

from .test_installed_app import env_for, history, recoverykit_command

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

KILLS = 32
SCALE = 100
FOAM_ROLL_S = 365  # session seconds: get-ready, seven sides, the gaps between them
EARLY_SHARE = 0.15


def stored(data_dir: Path) -> dict:
    """The history document as ``history --json`` builds it, read in this process (cheap to poll)."""
    out, err = io.StringIO(), io.StringIO()
    status = cli.print_history(AppPaths(data_dir, data_dir / "config"), as_json=True, out=out, err=err,
                               now=local_now())
    assert status == 0, err.getvalue()
    return json.loads(out.getvalue())


def step_keys(session: dict) -> set[tuple]:
    return {(s["name"], s["side"], s["status"], s["started_at"], s["actual_s"]) for s in session["steps"]}


def integrity(database: Path) -> str:
    uri = database.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def run_and_kill(data_dir: Path, rng: random.Random, known: set[str]) -> tuple[dict, str]:
    """Start foam-roll, kill it at a random moment; the last history seen before the kill."""
    early = rng.random() < EARLY_SHARE
    with subprocess.Popen([recoverykit_command(), "start", "foam-roll"], env=env_for(data_dir, SCALE),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        launched = time.monotonic()
        kill_at = launched + rng.uniform(0.0, 0.6) if early else None
        last = {"sessions": []}
        while True:
            last = stored(data_dir)
            now = time.monotonic()
            if kill_at is None and any(s["id"] not in known for s in last["sessions"]):
                kill_at = now + rng.uniform(0.0, FOAM_ROLL_S / SCALE * 0.95)
            if kill_at is not None and now >= kill_at:
                break
            assert now - launched < 60, "the session never appeared"
            try:
                proc.wait(timeout=0.03)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(f"recoverykit exited by itself ({proc.returncode}): {proc.stderr.read()}")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
    return last, "early" if early else "mid-session"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_at_random_moments_nothing_committed_is_lost(tmp_path):
    seed = int(os.environ.get("RECOVERYKIT_CRASH_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    everything_seen: dict[str, set[tuple]] = {}
    moments = {"early": 0, "mid-session": 0}
    resumable_checked = 0
    started = time.monotonic()
    for kill in range(KILLS):
        known = set(everything_seen)
        before, moment = run_and_kill(data_dir, rng, known)
        moments[moment] += 1
        where = f"kill {kill + 1} ({moment}), seed {seed}"
        for session in before["sessions"]:
            everything_seen.setdefault(session["id"], set()).update(step_keys(session))

        after = history(data_dir)  # the real command, as a user would run it
        database = data_dir / "recoverykit.db"
        if database.exists():
            assert integrity(database) == "ok", where
        else:  # killed before the database was first created: nothing was committed to lose
            assert after["sessions"] == [] and not everything_seen, where
        by_id = {s["id"]: s for s in after["sessions"]}
        for session_id, steps in everything_seen.items():
            assert session_id in by_id, f"{where}: session {session_id} vanished"
            missing = steps - step_keys(by_id[session_id])
            assert not missing, f"{where}: steps lost after the kill: {missing}"
        new = [s for s in after["sessions"] if s["id"] not in known]
        assert len(new) <= 1, where
        for session in new:
            everything_seen.setdefault(session["id"], set()).update(step_keys(session))
            if session["status"] == "in_progress":
                assert session["resumable"], f"{where}: the killed session is not offered for resume"
                resumable_checked += 1
        # At most one session is left in progress, and it is the one the next start offers:
        # a start declines the previous offer only once it starts its own routine, so a kill
        # during start-up leaves the earlier session waiting, still resumable.
        unfinished = [s for s in after["sessions"] if s["status"] == "in_progress"]
        assert len(unfinished) <= 1, f"{where}: {len(unfinished)} sessions left in progress"
        assert all(s["resumable"] for s in unfinished), f"{where}: an unfinished session is not offered"
        assert all(s["status"] in ("interrupted", "completed") for s in after["sessions"]
                   if s not in unfinished), where
    elapsed = time.monotonic() - started
    assert not list(data_dir.glob("*.corrupt-*")), "a kill left a file that was judged damaged"
    assert moments["mid-session"] >= KILLS // 2
    assert resumable_checked >= KILLS // 2
    print(f"\n{KILLS} kills ({moments}) in {elapsed:.1f} s, seed {seed}; "
          f"{sum(len(s) for s in everything_seen.values())} steps in {len(everything_seen)} sessions "
          f"all kept; {resumable_checked} killed sessions offered for resume")
