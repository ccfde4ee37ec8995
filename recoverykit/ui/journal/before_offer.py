"""At the start of a session: "How sore are you before you start?", a bar that opens the journal at Before.

Optional and quiet: a line under the notices while the session gets under way,
with Rate now… and Not now. Rating pauses the session while the journal is
open and carries on when it closes, so no step runs unseen. It goes when it
is answered, when Not now is pressed, once the first step is over (before has
passed), and when the session ends.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from recoverykit.qt.text import tr
from recoverykit.ui.common.tinted_bar import TintedBar


class BeforeSorenessOffer(TintedBar):
    """The offer to rate soreness before the session.

    Signals:
        rateRequested(): open the journal at Before.
    """

    rateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beforeOffer")
        self.text = QLabel(tr("How sore are you before you start? Rating it now lets the summary show "
                              "what the session changed."))
        self.text.setWordWrap(True)
        self.rate_button = QPushButton(tr("&Rate now…"))
        self.not_now_button = QPushButton(tr("Not &now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.not_now_button)
        layout.addWidget(self.rate_button)
        self.rate_button.clicked.connect(self.rateRequested)
        self.not_now_button.clicked.connect(self.hide)
        self.setAccessibleName(tr("Rate soreness before the session"))
        self.hide()
