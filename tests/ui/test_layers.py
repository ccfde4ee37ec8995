"""The widgets and the Qt glue reach storage only through the services: no module in ui/ or qt/ imports
recoverykit.storage (services/types.py names the rows and plans they show)."""

from __future__ import annotations

import ast
from pathlib import Path

import recoverykit.qt
import recoverykit.ui

UI = Path(recoverykit.ui.__file__).parent
QT = Path(recoverykit.qt.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top, in a function or under TYPE_CHECKING."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_ui_module_imports_storage():
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 30
    offenders = {str(path.relative_to(UI)): sorted(name for name in imported_modules(path)
                                                   if name.startswith("recoverykit.storage"))
                 for path in files}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_no_qt_module_imports_storage():
    """The session's writes go through services/recorder.py; the controller keeps signals and the ticker."""
    files = sorted(QT.rglob("*.py"))
    assert any(path.name == "controller.py" for path in files)
    offenders = {path.name: sorted(name for name in imported_modules(path) if name.startswith("recoverykit.storage"))
                 for path in files}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_check_sees_imports_in_functions_and_type_checking_blocks(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import recoverykit.storage.db\n"
                      "def f():\n    from recoverykit.storage.rows import SessionRow\n")
    assert {"recoverykit.storage.db", "recoverykit.storage.rows"} <= imported_modules(sample)
