"""Shared fixtures: offscreen Qt, a data dir in tmp_path, a fake clock and ticker."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed, and none is used.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("RECOVERYKIT_TIME_SCALE", None)

import pytest  # noqa: E402

from recoverykit.core.clock import ManualClock  # noqa: E402
from recoverykit.paths import AppPaths  # noqa: E402


@pytest.fixture
def paths(tmp_path, monkeypatch) -> AppPaths:
    data = tmp_path / "data"
    monkeypatch.setenv("RECOVERYKIT_DATA_DIR", str(data))
    return AppPaths(data_dir=data, config_dir=data / "config")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
