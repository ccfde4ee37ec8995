"""The red-flag notice on the start page, not only in History, until dismissed for that episode.

It reads the journals of the last days (``JournalService.since``), applies
the same rules as History (core/red_flags.py) and shows what is current. An
episode (a flag's code, subject and first day) once dismissed stays hidden;
a new episode, or an urgent sign, shows again. Dismissed episodes are kept
in the config folder (dismissed-flags.json), on this computer only.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from recoverykit.atomic_file import write_atomically
from recoverykit.core.clock import Clock
from recoverykit.core.red_flags import RedFlag, current_red_flags
from recoverykit.qt.messages import error_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.ui.history.red_flag_banner import RedFlagBanner

#: Far enough back for every rule (4 of 5 days, more than 3 days after a workout) to see its days.
LOOK_BACK = timedelta(days=10)


def episode(flag: RedFlag) -> str:
    return f"{flag.code}:{flag.subject}:{flag.first_day.isoformat()}"


class RedFlagNotice(QObject):
    """Keeps the start page's notice in step with the journal."""

    def __init__(self, window, journals, clock: Clock, store: Path) -> None:
        super().__init__(window)
        self._window, self._journals, self._clock, self._store = window, journals, clock, store
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

    @Slot()
    def refresh(self) -> None:
        now = self._clock.wall()
        try:
            entries = [(when.astimezone().date(), journal)
                       for when, journal in self._journals.since(now - LOOK_BACK)]
        except (StorageError, ValueError):
            return  # the history shows its own problem
        flags = current_red_flags(entries, now.astimezone().date())
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
