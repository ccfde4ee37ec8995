"""One app per data folder, between real processes: a second launch hands over and exits.

Also checked here, on Linux, from the outside: the running app holds no
internet socket at all (only Unix sockets: its local server and Qt's own).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_installed_app import (
    env_for,
    history,
    recoverykit_command,
    start,
    terminate,
    wait_for,
)

pytestmark = pytest.mark.e2e


def socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    return inodes


def network_inodes() -> set[str]:
    """Inodes of every TCP, UDP and raw socket on the machine (IPv4 and IPv6)."""
    found = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9:
                found.add(fields[9])
    return found


def assert_no_network_sockets(pid: int) -> None:
    if not sys.platform.startswith("linux"):
        return
    mine = socket_inodes(pid)
    assert mine, "the app should at least hold its local server's Unix socket"
    assert not mine & network_inodes(), "recoverykit holds a network socket"


def wait_for_lock(data_dir: Path, proc: subprocess.Popen, within_s: float = 30) -> None:
    deadline = time.monotonic() + within_s
    while not (data_dir / "recoverykit.lock").exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the first instance never took its lock"
        try:
            proc.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            pass


def launch(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([recoverykit_command(), *args], env=env_for(data_dir, 40),
                          capture_output=True, text=True, timeout=60)


def test_a_second_launch_hands_its_routine_to_the_running_window(tmp_path):
    with start([], env_for(tmp_path, 40)) as first:  # the window, idle
        try:
            wait_for_lock(tmp_path, first)
            second = launch(["start", "foam-roll"], tmp_path)
            assert second.returncode == 0, second.stderr
            assert "already running" in second.stderr
            wait_for(first, lambda d: d["sessions"] and d["sessions"][0]["steps"], tmp_path)
            third = launch(["start", "warmup"], tmp_path)  # refused politely by the window
            assert third.returncode == 0, third.stderr
            shown = launch([], tmp_path)
            assert shown.returncode == 0, shown.stderr
            assert_no_network_sockets(first.pid)
            assert [s["routine_id"] for s in history(tmp_path)["sessions"]] == ["foam-roll"]
        finally:
            code, stderr = terminate(first)
    assert code == 0, stderr
    [session] = history(tmp_path)["sessions"]
    assert session["routine_id"] == "foam-roll" and session["status"] == "interrupted"
    assert not (tmp_path / "recoverykit.lock").exists()


def test_an_unknown_routine_is_refused_by_the_second_launch_itself(tmp_path):
    with start([], env_for(tmp_path, 40)) as first:
        try:
            wait_for_lock(tmp_path, first)
            result = launch(["start", "yoga"], tmp_path)
            assert result.returncode == 2 and "no routine with the id 'yoga'" in result.stderr
        finally:
            code, _ = terminate(first)
    assert code == 0
