"""About recoverykit: the icon, the version, what it is for, and its licence (with the full text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoverykit import __version__
from recoverykit.assets import icon_file, resource_root
from recoverykit.qt.text import tr
from recoverykit.ui.common.professional import companion_text, professional_text
from recoverykit.ui.common.widgets import reserve_wrapped_lines, scaled_font

APP_NAME = "recoverykit"
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def license_text() -> str | None:
    """The GPL text shipped with the app (LICENSE, in the package resources or the checkout)."""
    root = resource_root()
    for candidate in (root / "LICENSE", root.parent / "LICENSE"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def app_icon() -> QIcon:
    path: Path | None = icon_file("recoverykit.svg")
    return QIcon(str(path)) if path is not None else QIcon()


# The narrowest the text column beside the icon gets (pixels).
TEXT_WIDTH = 380


class AboutDialog(QDialog):
    """Icon, name, version, a one-line purpose, the medical note, the licence and its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About recoverykit"))
        self.setObjectName("aboutDialog")
        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(96, 96))
        self.icon_label.setAccessibleName(tr("recoverykit icon"))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(APP_NAME)
        self.name_label.setFont(scaled_font(self, 1.8, QFont.Weight.DemiBold))
        self.version_label = QLabel(tr("Version %1").replace("%1", __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(tr("Guided cool-downs, contrast therapy timers and a recovery log."))
        self.medical_label = QLabel(companion_text() + " " + professional_text())
        self.license_label = QLabel(
            tr("Free software under the GNU General Public License, version 3 or later. "
               "<a href=\"%1\">Read the licence online</a>.").replace("%1", LICENSE_URL))
        self.license_label.setOpenExternalLinks(True)
        self.license_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.license_label.setAccessibleName(tr("Licence"))
        for label in (self.summary_label, self.medical_label, self.license_label):
            reserve_wrapped_lines(label, TEXT_WIDTH)
        text_column = QVBoxLayout()
        text_column.setSpacing(8)
        for label in (self.name_label, self.version_label, self.summary_label, self.medical_label,
                      self.license_label):
            text_column.addWidget(label)
        text_column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.icon_label)
        top.addLayout(text_column, 1)

        self.license_view = QPlainTextEdit()
        self.license_view.setReadOnly(True)
        self.license_view.setAccessibleName(tr("Licence text"))
        self.license_view.setFont(scaled_font(self, 0.9))
        self.license_view.hide()
        text = license_text()
        if text is not None:
            self.license_view.setPlainText(text)
        self.license_button = QPushButton(tr("Show &licence text"))
        self.license_button.setCheckable(True)
        self.license_button.setEnabled(text is not None)
        self.license_button.setAccessibleDescription(tr("Shows the full text of the GNU GPL below"))
        self.license_button.toggled.connect(self._show_license)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.license_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("Close"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.license_view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.close_button.setFocus()

    def _show_license(self, on: bool) -> None:
        self.license_view.setVisible(on)
        self.license_button.setText(tr("Hide &licence text") if on else tr("Show &licence text"))
        if on:
            self.resize(max(self.width(), 640), max(self.height(), 560))
            self.license_view.setFocus()
