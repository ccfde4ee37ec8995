"""A Qt signal for settings changes, whoever made them (menu, dialog, set-up page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recoverykit.settings import Settings, SettingsStore


class SettingsNotifier(QObject):
    """Emits after every SettingsStore update that changed a value.

    Signals:
        settingsChanged(object, object): the new Settings and a frozenset of the changed names.
    """

    settingsChanged = Signal(object, object)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.subscribe(self._on_change)

    @property
    def settings(self) -> Settings:
        return self.store.settings

    def update(self, **changes) -> str | None:
        """Save only what differs; returns a message if saving failed."""
        changed = {k: v for k, v in changes.items() if getattr(self.store.settings, k) != v}
        return self.store.update(**changed) if changed else None

    def _on_change(self, settings: Settings, names: frozenset[str]) -> None:
        self.settingsChanged.emit(settings, names)
