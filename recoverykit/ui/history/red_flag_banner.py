"""A calm banner that suggests seeing a sports physiotherapist or a doctor, with the reasons.

It never names a condition: it says what the journal shows and who can look
at it. Colours come from the palette; an icon and the heading carry the
meaning too, so it is never told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from recoverykit.core.red_flags import RedFlag
from recoverykit.qt.text import tr
from recoverykit.ui.common.widgets import scaled_font
from recoverykit.ui.journal.journal_words import red_flag_advice, red_flag_text


class RedFlagBanner(QFrame):
    """Hidden until ``show_flags`` gets at least one RedFlag; ``dismissible`` adds a Dismiss button.

    Signals:
        dismissed(): the user set the notice aside (for the flags it shows).
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, dismissible: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#redFlagBanner { background: palette(alternate-base);"
                           " border: 2px solid palette(highlight); border-radius: 6px; }")
        icon = QLabel()
        size = self.fontMetrics().height() * 2
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.heading = QLabel(tr("Time to get it looked at"))
        self.heading.setFont(scaled_font(self.heading, 1.15, QFont.Weight.DemiBold))
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.advice = QLabel(red_flag_advice())
        self.advice.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.reasons)
        text.addWidget(self.advice)
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0)
        layout.addLayout(text, 1)
        self.dismiss_button = QPushButton(tr("&Dismiss"))
        self.dismiss_button.setToolTip(tr("Hide this notice; it comes back if something new is logged"))
        self.dismiss_button.setVisible(dismissible)
        self.dismiss_button.clicked.connect(self.dismissed)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(tr("Health notice"))
        self.hide()

    def show_flags(self, flags: list[RedFlag]) -> None:
        self.reasons.setText("\n".join(red_flag_text(flag) for flag in flags))
        self.setAccessibleDescription(self.reasons.text() + " " + self.advice.text())
        self.setVisible(bool(flags))
