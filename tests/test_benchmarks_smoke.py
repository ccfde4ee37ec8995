"""The benchmark command runs end to end on tiny sizes and prints its table.

Benchmarks are not tests: nothing here judges a figure or a time. This only
keeps ``python -m benchmarks`` (see docs/performance.md) from rotting.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ROWS = ("start-up, bare window", "start-up, recoverykit", "peak RSS, recoverykit",
        "CPU, session running, visible", "CPU, session running, minimised", "punctuality,",
        "drift,", "drift growth", "history view", "step write", "workout import, ", "workout import, folder",
        "suggest, ")


@pytest.mark.slow
def test_the_benchmark_command_prints_its_table_on_a_tiny_size():
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--quick"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "| what" in out and "| target" in out and "| vs bare window" in out
    table_rows = [line for line in out.splitlines() if line.startswith("| ")]
    for row in ROWS:
        assert any(line.startswith(f"| {row}") for line in table_rows), f"no row {row!r}:\n{out}"
    assert "python" in out and "PySide6" in out  # the machine it ran on
