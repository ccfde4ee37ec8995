"""The notice above the pages: how serious it is (colour and icon), what it says, and a close button.

One notice shows at a time. Each has a severity (info, warning, error) and,
when something in the app can tell that it no longer holds, a *cause*:
``clear(cause)`` hides the notice only if it is still the one with that cause
(the history opened again, the database recovered). Without a cause, a notice
stays until it is dismissed, replaced, or the next session starts; an info
notice also goes when the user moves to another page. See MainWindow.set_banner.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from recoverykit.qt.text import tr
from recoverykit.ui.common.tinted_bar import TintedBar


class Severity(Enum):
    """How serious a notice is: what happened (info), what to watch (warning), what failed (error)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def _severity_word(severity: Severity) -> str:
    return {Severity.INFO: tr("Information"), Severity.WARNING: tr("Warning"),
            Severity.ERROR: tr("Error")}[severity]


class NoticeBar(TintedBar):
    """The notice line; ``text()`` is what it says, ``severity`` and ``cause`` what it is.

    Signals:
        dismissed(): the user closed it.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.severity = Severity.INFO
        super().__init__(parent)
        self.setObjectName("banner")
        self.cause: str | None = None
        self.icon = QLabel()
        self.icon.setFixedSize(20, 20)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(tr("Dismiss the notice"))
        self.close_button.setToolTip(tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(tr("Notice"))
        self.restyle()
        self.hide()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_notice(self, text: str, severity: Severity = Severity.INFO, cause: str | None = None) -> None:
        """Show ``text`` (an empty text hides the bar)."""
        if not text:
            self._hide()
            return
        self.severity, self.cause = severity, cause
        self.label.setText(text)
        self.setAccessibleDescription(f"{_severity_word(severity)}: {text}")
        self.set_tint(severity.value)
        self.show()

    def clear(self, cause: str | None = None) -> None:
        """Hide the notice; with ``cause``, only if the notice showing is still that one."""
        if cause is None or self.cause == cause:
            self._hide()

    def clear_if(self, *severities: Severity) -> None:
        """Hide the notice if it has no cause to wait for and is one of ``severities``."""
        if self.cause is None and self.severity in severities:
            self._hide()

    @Slot()
    def dismiss(self) -> None:
        self._hide()
        self.dismissed.emit()

    def _hide(self) -> None:
        self.label.clear()
        self.cause = None
        self.hide()
