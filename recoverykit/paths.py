"""Where recoverykit keeps its files; computed on request, never at import.

``--data-dir DIR`` wins, then ``RECOVERYKIT_DATA_DIR``, then the platform's
user data directory (platformdirs). With an explicit data dir, settings live
inside it too, so one folder holds everything (handy for tests and for
keeping the app on a USB stick).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "recoverykit"
DATA_DIR_ENV = "RECOVERYKIT_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files the app reads and writes."""

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "recoverykit.db"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def user_routines(self) -> Path:
        return self.data_dir / "routines"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def health_answers(self) -> Path:
        """The health check's answers (recoverykit.services.health): on this computer only."""
        return self.config_dir / "health.json"

    @property
    def dismissed_flags(self) -> Path:
        """Red-flag episodes the user set aside on the start page (ui/journal/red_flag_notice.py)."""
        return self.config_dir / "dismissed-flags.json"

    @property
    def watched_seen(self) -> Path:
        """The files of the watched folder already looked at (so a restart does not read them all again)."""
        return self.data_dir / "watched-folder.json"

    def ensure(self) -> None:
        """Create the folders, private to the user (0700, whatever the umask)."""
        for folder in (self.data_dir, self.config_dir):
            if not folder.is_dir():
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                if os.name == "posix":
                    folder.chmod(0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] = os.environ) -> AppPaths:
    chosen = data_dir or environ.get(DATA_DIR_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root / "config")
    return AppPaths(
        data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
        config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
    )
