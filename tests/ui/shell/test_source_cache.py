"""PySide6's check of each imported module answers as before and keeps no source (qt/source_cache.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHECK = """
import json, linecache, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
pyside_check = feature._mod_uses_pyside
import recoverykit.qt  # installs the light check
import recoverykit.ui.session.ring, recoverykit.core.machine, recoverykit.storage.rows, email.message
modules = [sys.modules[name] for name in ("recoverykit.ui.session.ring", "recoverykit.core.machine",
                                          "recoverykit.storage.rows", "email.message", "sys", "_sqlite3")
           if name in sys.modules]
linecache.clearcache()
light = [feature._mod_uses_pyside(module) for module in modules]
kept_by_light = list(linecache.cache)
pyside = [pyside_check(module) for module in modules]
print(json.dumps({"light": light, "pyside": pyside, "kept by light": kept_by_light,
                  "kept by pyside": len(linecache.cache) > 0,
                  "installed": getattr(feature._mod_uses_pyside, "reads_lightly", False)}))
"""


def test_the_light_check_gives_pysides_answer_and_keeps_no_source():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    report = json.loads(out.strip().splitlines()[-1])
    assert report["installed"]
    assert report["light"] == report["pyside"]
    assert report["light"][:2] == [True, False]  # the ring uses PySide6, the state machine does not
    assert report["kept by light"] == []
    assert report["kept by pyside"]  # what it replaces did keep them


def test_reading_fails_over_to_pysides_own_check(tmp_path):
    from recoverykit.qt.source_cache import _light_check

    asked = []

    def pyside_check(module) -> bool:
        asked.append(module.__name__)
        return True

    check = _light_check(pyside_check)
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    compiled = type(sys)("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311.so")
    here = type(sys)("here")
    (tmp_path / "here.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    here.__file__ = str(tmp_path / "here.py")
    assert check(gone) and check(compiled) and check(here)
    assert asked == ["gone", "compiled"]
