"""Finding the files shipped in resources/: routines, illustrations, icons.

In a wheel or a frozen build, resources/ sits inside the package as
``recoverykit/resources``; in a source checkout or an editable install it is
the top-level ``resources/`` folder beside the package. A PyInstaller build
unpacks it under ``sys._MEIPASS``, which is the last place looked.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    # The package is always a folder on disk (a wheel is unpacked, never imported
    # from a zip), so its own path is enough; importlib.resources would cost
    # start-up time for nothing.
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "recoverykit" / "resources"
    if getattr(sys, "frozen", False) and frozen.is_dir():
        return frozen
    raise FileNotFoundError("recoverykit's resources folder is missing from this installation")


def builtin_routines_dir() -> Path:
    return resource_root() / "routines"


def illustration_file(name: str) -> Path | None:
    candidate = resource_root() / "illustrations" / f"{name}.svg"
    return candidate if candidate.is_file() else None


def icon_file(name: str) -> Path | None:
    candidate = resource_root() / "icons" / name
    return candidate if candidate.is_file() else None


def illustration_names() -> list[str]:
    """The ids of the shipped illustrations, sorted (what a routine's ``illustration`` may name)."""
    folder = resource_root() / "illustrations"
    return sorted(path.stem for path in folder.glob("*.svg"))
