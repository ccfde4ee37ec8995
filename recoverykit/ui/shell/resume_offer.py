"""The offer to carry on a session that a crash or a power cut interrupted.

A bar above the pages, not a dialog: the rest of the window stays usable, and
starting another routine settles the old session as interrupted. Its buttons
call the controller; it shows and hides from ``resumeOfferChanged``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from recoverykit.core.events import PhaseKind
from recoverykit.qt.controller import SessionController
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, slot_title, tr
from recoverykit.services.types import ResumePlan


def offer_text(plan: ResumePlan) -> str:
    """What the bar says: which session, where it stopped, what each choice keeps."""
    position = plan.position
    slot = plan.routine.slots[position.slot_index]
    if position.phase is PhaseKind.WORK:
        where = tr("%1, %2 in").replace("%1", slot_title(slot)).replace("%2", clock_text(position.elapsed_s))
    else:
        where = tr("just before %1").replace("%1", slot_title(slot))
    when = plan.saved_at.astimezone().strftime("%H:%M")
    done = len(plan.records)
    return (tr("Your “%1” session was cut short at %2 (step %3 of %4: %5). Resume where it stopped, "
               "or keep the %6 finished steps as an interrupted session.")
            .replace("%1", routine_text(plan.routine.name)).replace("%2", when)
            # Counted as the session page counts: a stretch done on both sides is one step.
            .replace("%3", str(slot.step_index + 1)).replace("%4", str(len(plan.routine.steps)))
            .replace("%5", where).replace("%6", str(done)))


class ResumeOfferBar(QFrame):
    """Shows the controller's resume offer with Resume and Keep as interrupted (no signals)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Unfinished session"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(tr("&Resume"))
        self.keep_button = QPushButton(tr("&Keep as interrupted"))
        self.resume_button.clicked.connect(controller.accept_resume)
        self.keep_button.clicked.connect(controller.decline_resume)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.keep_button)
        controller.resumeOfferChanged.connect(self.render)
        self.render(controller.resume_offer)

    def render(self, plan: ResumePlan | None) -> None:
        self.setVisible(plan is not None)
        self.label.setText(offer_text(plan) if plan is not None else "")
        if plan is not None:
            self.resume_button.setDefault(True)
