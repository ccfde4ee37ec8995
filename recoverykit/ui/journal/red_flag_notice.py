"""The red-flag notice on the start page, not only in History, until dismissed for that episode.

It reads the recovery picture (services/picture.py), applies the same rules
as History (core/red_flags.py) and shows what is current; it follows the
change signal, so a ticked sign shows the moment it is saved. An
episode (a flag's code, subject and first day) once dismissed stays hidden;
a new episode, or an urgent sign, shows again. Dismissed episodes are kept
in the config folder (dismissed-flags.json), on this computer only.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from recoverykit.atomic_file import write_atomically
from recoverykit.core.red_flags import RedFlag
from recoverykit.qt.messages import error_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.changes import JOURNALED
from recoverykit.ui.history.red_flag_banner import RedFlagBanner


def episode(flag: RedFlag) -> str:
    return f"{flag.code}:{flag.subject}:{flag.first_day.isoformat()}"


class RedFlagNotice(QObject):
    """Keeps the start page's notice in step with the journal."""

    def __init__(self, window, pictures, store: Path) -> None:
        super().__init__(window)
        self._window, self._pictures, self._store = window, pictures, store
        self.banner = RedFlagBanner(dismissible=True)
        self.banner.setObjectName("startRedFlags")
        window.routines_page.add_card(self.banner)
        self.banner.dismissed.connect(self.dismiss)
        window.pageChanged.connect(lambda name: self.refresh() if name == "routines" else None)
        self.flags: list[RedFlag] = []
        self.dismissed = self._load()
        self.refresh()

    def _load(self) -> set[str]:
        try:
            found = json.loads(self._store.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        return {item for item in found if isinstance(item, str)} if isinstance(found, list) else set()

    def refresh(self, what: frozenset | None = None) -> None:
        """Re-read the flags; after a write (``what``), only if it can change them."""
        if what is not None and not what & JOURNALED:
            return
        try:
            flags = self._pictures.picture().red_flags()
        except (StorageError, ValueError):
            return  # the history shows its own problem
        self.flags = [flag for flag in flags if episode(flag) not in self.dismissed]
        self.banner.show_flags(self.flags)

    @Slot()
    def dismiss(self) -> None:
        self.dismissed |= {episode(flag) for flag in self.flags}
        try:
            self._store.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(self._store, json.dumps(sorted(self.dismissed)))
        except OSError as exc:  # it comes back at the next start: better than never showing
            self._window.notice(tr("The notice could not be set aside for good (%1); it shows again at the "
                                   "next start.").replace("%1", exc.strerror or error_text(exc)))
        self.refresh()
