"""Time is an argument: no module reads the real date or time except core/clock.py."""

from __future__ import annotations

import ast
from pathlib import Path

import recoverykit

PACKAGE = Path(recoverykit.__file__).parent
FORBIDDEN = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"),
             ("time", "time"), ("time", "localtime")}


def real_time_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.func.attr) in FORBIDDEN:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}.{node.func.attr}()")
    return found


def test_only_the_clock_module_reads_the_real_time():
    reads = [read for path in sorted(PACKAGE.rglob("*.py")) if path.name != "clock.py" or path.parent.name != "core"
             for read in real_time_reads(path)]
    assert reads == []


def test_the_check_finds_a_real_time_read():
    sample = PACKAGE / "core" / "clock.py"
    assert real_time_reads(sample)  # the clock itself reads it, and the check sees that
