"""The built wheel carries resources/ inside the package and finds it there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_resources_and_finds_them(tmp_path):
    uv = shutil.which("uv")
    assert uv, "uv is needed to build the wheel (pip install uv)"
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    [wheel] = (tmp_path / "dist").glob("recoverykit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    shipped = {p.name for p in (ROOT / "resources" / "routines").glob("*.toml")}
    assert {f"recoverykit/resources/routines/{name}" for name in shipped} <= names
    assert any(n.startswith("recoverykit/resources/illustrations/") for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)
    probe = (
        "import sys; sys.path.insert(0, '.');"
        "import recoverykit.assets as a, recoverykit.core.library as l;"
        "root = a.resource_root(); print(root);"
        "lib = l.load_library(a.builtin_routines_dir()); print(len(lib), len(lib.errors))"
    )
    result = subprocess.run([sys.executable, "-I", "-c", probe], cwd=tmp_path / "site",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    root, counts = result.stdout.splitlines()
    assert Path(root) == tmp_path / "site" / "recoverykit" / "resources"
    assert counts == f"{len(shipped)} 0"
