"""The gate every session passes before it starts: the health check, then steps to ask a doctor about first.

The first time a routine with cold, heat, a bath, a massage gun, compression
or vibration is started, the health check is asked (once; Edit → Health
check… changes it). Then, if an answer makes some of its steps "ask your
doctor first", or an area marked injured or swollen (or swelling or sharp
pain ticked) in the journal in the last 72 h rules out heat, massage and
rolling there for now (cold and rest instead), the
user is told which and why and chooses: leave them out (the default), keep
them, or not start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from recoverykit.core.health_check import HealthAnswers, flagged_steps, injury_blocked, needs_check, without_steps
from recoverykit.core.picture import RecoveryPicture
from recoverykit.core.routine import Routine
from recoverykit.qt.messages import message_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import tr
from recoverykit.services.health import HealthService
from recoverykit.ui.safety.health_dialog import ask_health

LEAVE_OUT, KEEP, CANCEL = "leave_out", "keep", "cancel"


def choose_flagged(parent: QWidget, text: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Ask your doctor first"), text, parent=parent)
    leave = box.addButton(tr("&Leave them out"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep them"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave)
    box.exec()
    clicked = box.clickedButton()
    return LEAVE_OUT if clicked is leave else KEEP if clicked is keep else CANCEL


class SafetyGate(QObject):
    """Holds the health answers; ``check(routine)`` is what may start: the routine, a shorter one, or None."""

    def __init__(self, window, health: HealthService, ask: Callable = ask_health, choose: Callable = choose_flagged,
                 picture: Callable[[], RecoveryPicture | None] = lambda: None) -> None:
        super().__init__(window)
        self._window, self._health, self._ask, self._choose = window, health, ask, choose
        #: The recovery picture now (set by the app): its signs and injured areas of the last 72 h.
        self.picture = picture
        self.answers = health.load()
        self.action = QAction(tr("&Health check…"), window)
        self.action.setStatusTip(tr("Answer the health questions again (cold, heat, massage gun)"))
        self.action.triggered.connect(self.ask_again)
        window.menus.add("edit.health", self.action)

    @Slot()
    def ask_again(self) -> bool:
        answers = self._ask(self._window, self.answers)
        if answers is None:
            return False
        self._keep(answers)
        return True

    def _keep(self, answers: HealthAnswers) -> None:
        self.answers = answers
        problem = self._health.save(answers)
        if problem:
            self._window.notice(tr("Your health answers could not be saved (%1); they apply until recoverykit "
                                   "closes.").replace("%1", problem))

    def check(self, routine: Routine) -> Routine | None:
        if needs_check(routine, self.answers) and not self.ask_again():
            return None  # closed without answering: nothing starts
        reasons: dict[int, list[str]] = {}
        for index, questions in flagged_steps(routine, self.answers).items():
            reasons.setdefault(index, []).extend(message_text(question.because) for question in questions)
        picture = self.picture()
        signs = [sign for sign, _ in picture.warning_signs()] if picture is not None else []
        injured = picture.injured_areas() if picture is not None else set()
        for index, why in injury_blocked(routine, signs, injured).items():
            reasons.setdefault(index, []).append(message_text(why))
        if not reasons:
            return routine
        lines = [tr("• %1: %2").replace("%1", routine_text(routine.steps[index].name)).replace("%2", "; ".join(why))
                 for index, why in sorted(reasons.items())]
        rest = without_steps(routine, reasons)
        text = tr("Ask your doctor first, or wait, before these steps:") + "\n" + "\n".join(lines)
        if rest is None:
            text += "\n\n" + tr("That is every step of this routine, so leaving them out leaves nothing to do.")
        choice = self._choose(self._window, text)
        if choice == KEEP:
            return routine
        if choice == LEAVE_OUT and rest is not None:
            return rest
        return None
