"""About recovery: what each protocol is for, its safety notes, and when to see a professional.

Plain labels in a scroll area, one heading and a few short paragraphs per
topic, so every sentence is translated on its own and the text scales with the
system font. The numbers are the ones the routines use (see core/guidance.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverykit.qt.text import tr
from recoverykit.ui.common.professional import companion_text, professional_text, urgent_text
from recoverykit.ui.common.widgets import scaled_font


def limit_lines() -> list[str]:
    """Each cap of the limits table (core/limits.py) and the temperatures it allows, in the user's language."""
    from recoverykit.core.limits import LIMITS
    from recoverykit.qt.messages import message_text

    lines = []
    for limit in LIMITS:
        if limit.cap_s is None or limit.modality is None and limit.kind in ("cold", "heat"):
            continue
        lines.append(message_text(limit.summary(), capital=True) + ".")
    lines.append(tr("A cap counts each time it is applied: in contrast therapy each cold phase is one, with the "
                    "heat between."))
    return lines


def help_sections() -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) for each topic, translated."""
    return [
        (tr("A companion, not a medical device"), [
            tr("recoverykit times and guides the recovery work you choose to do."),
            companion_text(),
        ]),
        (tr("In what order"), [
            tr("Right after the run, keep moving gently; then stretch; then eat and drink; "
               "restorative work such as foam rolling, a massage gun or contrast therapy comes "
               "last, and the massage gun works best an hour or two later."),
        ]),
        (tr("Active recovery: an easy walk or ride"), [
            tr("About 10 minutes (up to 15) of walking or light cycling straight after the run "
               "lets your heart rate come down gradually and helps more than standing still."),
            tr("Keep it easy: around half of your maximum heart rate, a pace at which you can "
               "talk in full sentences."),
        ]),
        (tr("Static stretching"), [
            tr("Hold each stretch for at least 20 seconds without bouncing: the front and back of "
               "the thighs, the calves, the hip flexors and the glutes."),
            tr("Stretch one leg, then the other, each for the full hold. A stretch should feel "
               "like a pull, never like pain."),
        ]),
        (tr("Foam rolling"), [
            tr("Give each large muscle group 30 to 60 seconds. Roll slowly and rest for a moment "
               "on a tender spot."),
            tr("Start with light pressure and add more as the muscle gets used to it. Warm up "
               "first: do not press hard on a cold muscle."),
        ]),
        (tr("Massage gun"), [
            tr("Spend 60 to 90 seconds on each spot with moderate pressure, always moving the "
               "gun towards the heart."),
            tr("Keep it off bones, joints and anything injured: pain from a fall or a twist "
               "needs to be looked at, not massaged."),
        ]),
        (tr("Massage by hand"), [
            tr("No massage gun? Press, knead and lightly tap the sore calves and thighs, then walk a "
               "few steps and shake them loose. Setting aside time for it the next day eases the "
               "soreness too."),
        ]),
        (tr("Contrast therapy"), [
            tr("Within 48 hours of the workout: cold first, about 10 minutes with an ice pack, "
               "then about 15 minutes of heat with a towel at around 40 °C."),
            tr("Always wrap the ice in a thin cloth and take it off if the skin goes numb or "
               "white. Test the heat on your wrist first; if your skin is sensitive, keep it "
               "cooler to avoid burns."),
        ]),
        (tr("The limits the app keeps"), limit_lines()),
        (tr("Eating, drinking and sleeping"), [
            tr("Soon after the run, have some carbohydrate with about 20 g of protein, for example "
               "a banana with milk, and drink, with electrolytes after a long or hot run. (Half an "
               "hour is often said; the evidence for an exact window is mixed, so soon is enough.) "
               "Most repair happens in deep sleep: aim for 7 to 9 hours."),
        ]),
        (tr("When to see a professional"), [
            professional_text(),
            urgent_text(),
        ]),
    ]


class RecoveryHelpDialog(QDialog):
    """The "About recovery" page: a scrollable column of short sections, closed with Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About recovery"))
        self.setObjectName("recoveryHelp")
        body = QWidget()
        body.setObjectName("recoveryHelpBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(6)
        self.headings: list[QLabel] = []
        self.paragraphs: list[QLabel] = []
        for heading, paragraphs in help_sections():
            title = QLabel(heading)
            title.setFont(scaled_font(self, 1.3, QFont.Weight.DemiBold))
            title.setWordWrap(True)
            title.setAccessibleName(heading)
            column.addSpacing(10)
            column.addWidget(title)
            self.headings.append(title)
            for text in paragraphs:
                label = QLabel(text)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
                label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reads it aloud, paragraph by paragraph
                label.setAccessibleName(text)
                column.addWidget(label)
                self.paragraphs.append(label)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(tr("About recovery"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 640)
