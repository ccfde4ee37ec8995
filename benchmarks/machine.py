"""What the benchmarks ran on: CPU, memory, operating system and library versions."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3
    except (ValueError, OSError, AttributeError):
        return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def sound_available() -> bool:
    """Whether Qt Multimedia loads here (it fails to without its audio libraries, e.g. libpulse0)."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


def describe() -> dict[str, str]:
    from PySide6 import QtCore

    memory = _memory_gb()
    return {
        "cpu": f"{_cpu_model()}, {os.cpu_count()} logical cores",
        "memory": f"{memory:.1f} GB" if memory else "unknown",
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "PySide6 / Qt": f"{_version('PySide6')} / {QtCore.qVersion()}",
        "sqlite-utils / SQLite": f"{_version('sqlite-utils')} / {sqlite3.sqlite_version}",
        "recoverykit": _version("recoverykit"),
        "Qt platform": "offscreen",
        "sound": "Qt Multimedia" if sound_available() else "unavailable (Qt Multimedia cannot load here)",
    }


def text(info: dict[str, str]) -> str:
    width = max(len(key) for key in info)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in info.items())
