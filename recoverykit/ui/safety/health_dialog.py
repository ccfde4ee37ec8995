"""The health check dialog: a few yes/no questions, once, in plain words; Skip says what skipping means."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.health_check import QUESTIONS, HealthAnswers
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.widgets import reserve_wrapped_lines

# The narrowest a question gets (pixels); its lines are reserved at this width.
TEXT_WIDTH = 420


def _wrapped(text: str, width: int = TEXT_WIDTH) -> QLabel:
    return reserve_wrapped_lines(QLabel(text), width)


class HealthCheckDialog(QDialog):
    """Asks every question with Yes / No (No to start with); Save, or Skip the check."""

    def __init__(self, answers: HealthAnswers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Health check"))
        self.setObjectName("healthCheck")
        intro = _wrapped(tr("Cold, heat and the massage gun are not safe for everyone. Answer these once, and "
                          "recoverykit will say which steps to ask your doctor about first and leave them out "
                          "unless you choose otherwise. Your answers stay on this computer and are never shared; "
                          "change them any time in Edit → Health check…"), TEXT_WIDTH + 140)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        self.choices: dict[str, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []
        for row, question in enumerate(QUESTIONS):
            text = message_text(question.text)
            label = _wrapped(text)
            yes, no = QRadioButton(tr("Yes")), QRadioButton(tr("No"))
            yes.setAccessibleName(tr("Yes: %1").replace("%1", text))
            no.setAccessibleName(tr("No: %1").replace("%1", text))
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            (yes if question.id in answers.yes and not answers.skipped else no).setChecked(True)
            self._groups.append(group)
            self.choices[question.id] = yes
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        self.skip_note = _wrapped(tr("If you skip it, recoverykit cannot warn you about cold, heat or the massage "
                                     "gun for your health: every step runs as written."), TEXT_WIDTH + 140)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Save my answers"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(tr("S&kip the check"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.skipped = False
        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self._skip)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.skip_note)
        layout.addWidget(buttons)

    def _skip(self) -> None:
        self.skipped = True
        self.accept()

    def answers(self) -> HealthAnswers:
        if self.skipped:
            return HealthAnswers(answered=True, skipped=True)
        return HealthAnswers(answered=True, yes=frozenset(qid for qid, yes in self.choices.items() if yes.isChecked()))


def ask_health(parent: QWidget, answers: HealthAnswers) -> HealthAnswers | None:
    """Show the check; the answers, or None if the window was closed without answering."""
    dialog = HealthCheckDialog(answers, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answers()
