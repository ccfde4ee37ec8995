"""recoverykit.core, storage, services and workouts never import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import recoverykit.core
import recoverykit.services
import recoverykit.storage
import recoverykit.workouts

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is not allowed here: ' + name)
sys.meta_path.insert(0, Block())
import importlib
for module in MODULES:
    importlib.import_module(module)
import recoverykit.cli
print('ok')
"""


def test_core_storage_services_workouts_and_cli_import_without_qt():
    modules = [
        f"{package.__name__}.{info.name}"
        for package in (recoverykit.core, recoverykit.storage, recoverykit.services, recoverykit.workouts)
        for info in pkgutil.iter_modules(package.__path__)
    ]
    assert len(modules) > 8
    assert "recoverykit.services.recorder" in modules and "recoverykit.workouts.fit" in modules
    script = BLOCKER.replace("MODULES", repr(modules))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
