"""The card on the start page: "After your run at 07:12 (12.4 km)", the suggested session, why, and Start.

It shows the suggestion for the newest imported workout while it is fresh
(within 48 hours of its end) and hides when dismissed or while a session
runs. Once the suggested session is done it says so and what comes next
(a later session, or rest) instead of offering it again. It only displays;
Start and Dismiss are signals.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverykit.core.suggestion import Suggestion
from recoverykit.core.timing import SessionTiming
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.widgets import scaled_font
from recoverykit.ui.workouts.workout_text import card_title, done_words, session_words

# The card is offered this long after the workout ended.
FRESH_FOR = timedelta(hours=48)
# Reasons listed on the card; the rest are in its tooltip.
SHOWN_REASONS = 3


class SuggestionCard(QFrame):
    """Shows one Suggestion, or nothing.

    Signals:
        startRequested(object): the Suggestion to preview and start.
        dismissed(object): the Suggestion the user set aside.
    """

    startRequested = Signal(object)
    dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Suggested session"))
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.25, QFont.Weight.DemiBold))
        self.title.setWordWrap(True)
        self.session = QLabel()
        self.session.setFont(scaled_font(self.session, 1.05))
        self.session.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.start_button = QPushButton(tr("&Start this session"))
        self.start_button.setMinimumHeight(40)
        self.dismiss_button = QPushButton(tr("Not now"))
        self.dismiss_button.setToolTip(tr("Hide this suggestion; it comes back with the next workout"))
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.session)
        text.addWidget(self.reasons)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.suggestion: Suggestion | None = None
        # The workout whose card was set aside ("comes back with the next workout").
        self.dismissed_for: int | None = None
        self.start_button.clicked.connect(lambda: self.suggestion and self.startRequested.emit(self.suggestion))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.hide()

    def render(self, suggestion: Suggestion | None, timing: SessionTiming, now: datetime, unit: str = "km") -> None:
        """Show ``suggestion`` if its workout is fresh; hide otherwise."""
        workout = suggestion.workout if suggestion is not None else None
        ended = workout.ended_at if workout is not None else None
        if (workout is None or ended is None or now - ended > FRESH_FOR or not suggestion.routine.steps
                or (self.dismissed_for is not None and self.dismissed_for == workout.id)):
            self.suggestion = None
            self.hide()
            return
        self.suggestion = suggestion
        self.title.setText(card_title(workout, unit))
        done = suggestion.is_done
        self.session.setText(done_words(suggestion) if done else session_words(suggestion, timing))
        self.start_button.setVisible(not done)
        self.dismiss_button.setText(tr("Hide") if done else tr("Not now"))
        # Once done, the reasons are those of what comes next (none: rest).
        reasons = [later.why for later in suggestion.later] if done else [reason.why for reason in suggestion.reasons]
        whys = [message_text(why, capital=True) for why in reasons]
        self.reasons.setText("\n".join(f"• {why}" for why in whys[:SHOWN_REASONS]))
        self.reasons.setVisible(bool(whys))
        self.reasons.setToolTip("\n".join(whys))
        self.setAccessibleDescription(" ".join([self.session.text(), *whys[:SHOWN_REASONS]]))
        self.show()

    def _dismiss(self) -> None:
        if self.suggestion is not None:
            self.dismissed_for = self.suggestion.workout.id if self.suggestion.workout is not None else None
            self.dismissed.emit(self.suggestion)
        self.suggestion = None
        self.hide()
