"""The change signal in the window: services/changes.py's announcements as one Qt signal.

Every view that shows advice (the start page's card, the red-flag notice,
the history) connects to ``changed`` and re-renders from a fresh recovery
picture. Emitted synchronously, inside the write's call: by the time a
dialog's Save returns, the views behind it are already right.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recoverykit.services.changes import SETTINGS, Changes


class ChangeSignal(QObject):
    """Signals:
        changed(object): the frozenset of what was written (services.changes names).
    """

    changed = Signal(object)

    def __init__(self, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        stop = changes.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_: stop())

    def settings_changed(self, *_args) -> None:
        """A setting was saved (the settings file is not a service of its own)."""
        self.changes.announce(SETTINGS)
