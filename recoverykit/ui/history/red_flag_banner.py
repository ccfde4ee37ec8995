"""A calm banner that suggests seeing a sports physiotherapist or a doctor, with the reasons.

It never names a condition: it says what the journal shows and who can look
at it. It looks like a warning notice (an urgent sign: like an error), with
colours worked out from the window's palette again whenever it changes (a
switch to the dark theme); an icon and the heading carry the meaning too, so
it is never told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverykit.core.red_flags import URGENT_SIGN, RedFlag
from recoverykit.qt.text import tr
from recoverykit.ui.common.tinted_bar import TintedBar
from recoverykit.ui.common.widgets import scaled_font
from recoverykit.ui.journal.journal_words import red_flag_advice, red_flag_text


class RedFlagBanner(TintedBar):
    """Hidden until ``show_flags`` gets at least one RedFlag; ``dismissible`` adds a Dismiss button.

    Signals:
        dismissed(): the user set the notice aside (for the flags it shows).
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, dismissible: bool = False) -> None:
        self.icon = icon = QLabel()
        super().__init__(parent, "warning")
        self.setObjectName("redFlagBanner")
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
        self.set_tint("error" if any(flag.code == URGENT_SIGN for flag in flags) else "warning")
        self.setVisible(bool(flags))

    @property
    def severity(self) -> str:
        return self.tint

    def icon_size(self) -> int:
        return self.fontMetrics().height() * 2

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A framed card rather than the notice line's stripe: it sits on the page among its parts.
        background, accent, _text = self.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
