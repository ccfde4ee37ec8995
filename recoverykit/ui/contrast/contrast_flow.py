"""How the window handles contrast routines: the set-up screen, its settings, and the start.

Kept out of main_window.py: the window asks ``handles(routine)``, then hands
the routine to ``show_setup`` (from the routine list) or to ``quick_timing``
(``recoverykit start contrast``: at once, with the defaults).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from recoverykit.core.contrast import ContrastPlan, contrast_timing, is_contrast
from recoverykit.core.routine import Routine
from recoverykit.core.timing import SessionTiming
from recoverykit.settings import SettingsStore

if TYPE_CHECKING:
    from recoverykit.ui.contrast.contrast_setup_page import ContrastSetupPage

Start = Callable[[Routine, SessionTiming], bool]


class ContrastFlow(QObject):
    """Connects the set-up page to the settings and to the window's start."""

    def __init__(self, settings: SettingsStore, base_timing: Callable[[], SessionTiming], start: Start,
                 notice: Callable[[str], None], unit_changed: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page: ContrastSetupPage | None = None
        self._settings = settings
        self._base_timing = base_timing
        self._start = start
        self._notice = notice
        self._unit_changed = unit_changed

    def attach(self, page: ContrastSetupPage) -> None:
        """Take the set-up page's requests (the window builds the page on first use)."""
        self._page = page
        page.startRequested.connect(self._on_start)
        page.temperatureUnitChanged.connect(self._on_unit)

    @staticmethod
    def handles(routine: Routine) -> bool:
        return is_contrast(routine)

    def show_setup(self, page: ContrastSetupPage, routine: Routine) -> None:
        prefs = self._settings.settings
        plan = ContrastPlan.from_routine(routine)
        plan = dataclasses.replace(plan, swap_s=float(prefs.contrast_swap_s))
        page.show_plan(plan, unit=prefs.temperature_unit, wait=prefs.contrast_swap_waits,
                             routine_id=routine.id, name=routine.name)

    def quick_timing(self) -> SessionTiming:
        """The timing for a contrast routine started as written: the saved swap settings."""
        prefs = self._settings.settings
        return contrast_timing(self._base_timing(), prefs.contrast_swap_s,
                               wait_for_user=prefs.contrast_swap_waits)

    def _save(self, **changes) -> None:
        changed = {k: v for k, v in changes.items() if getattr(self._settings.settings, k) != v}
        if changed:
            problem = self._settings.update(**changed)
            if problem:
                self._notice(problem)

    @Slot(object, bool)
    def _on_start(self, plan: ContrastPlan, wait: bool) -> None:
        self._save(contrast_swap_s=round(plan.swap_s), contrast_swap_waits=wait)
        routine_id, name = self._page.routine_identity()
        self._start(plan.to_routine(routine_id, name),
                    plan.session_timing(self._base_timing(), wait_for_user=wait))

    @Slot(str)
    def _on_unit(self, unit: str) -> None:
        self._save(temperature_unit=unit)
        self._unit_changed(unit)
