"""The contrast part of the session view: cold or heat at a glance, the round, every phase."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from recoverykit.core.contrast import phase_rounds
from recoverykit.core.events import PhaseKind
from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Routine
from recoverykit.core.view import SessionView
from recoverykit.qt.kind_look import KIND_LOOKS, kind_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, temperature_text, tr
from recoverykit.ui.common.kind_icon import KindIcon
from recoverykit.ui.common.theme import css_rgba, kind_color, muted_text
from recoverykit.ui.common.ticking_label import TickingLabel
from recoverykit.ui.common.widgets import restyle, scaled_font
from recoverykit.ui.contrast.phase_timeline import PhaseTimeline


def kind_word(kind: StepKind) -> str:
    word = KIND_LOOKS[kind].banner_word
    return word() if word is not None else kind_text(kind).upper()


class ContrastBanner(QWidget):
    """Shows, for a contrast session: icon and COLD/HEAT in the kind colour, "Round r of n",
    a timeline of all phases with the current one marked, and the time left in the phase
    and overall. It only displays; it has no controls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contrastBanner")
        self._rounds: tuple[int, ...] = ()
        self._round_count = 1
        self._unit = "c"
        self.icon = KindIcon()
        self.icon.setFixedSize(56, 56)
        self.word_label = QLabel()
        self.word_label.setObjectName("contrastWord")
        self.word_label.setFont(scaled_font(self, 2.2, QFont.Weight.Bold))
        self.detail_label = QLabel()
        self.detail_label.setObjectName("contrastDetail")
        self.detail_label.setFont(scaled_font(self, 1.2))
        self.round_label = QLabel()
        self.round_label.setObjectName("round")
        self.round_label.setFont(scaled_font(self, 1.5, QFont.Weight.DemiBold))
        self.timeline = PhaseTimeline()
        # These two change every second: they repaint without laying the banner out again.
        self.phase_left_label = TickingLabel()
        self.phase_left_label.setObjectName("phaseLeft")
        self.overall_left_label = TickingLabel()
        self.overall_left_label.setObjectName("overallLeft")
        for label in (self.phase_left_label, self.overall_left_label):
            label.setFont(scaled_font(self, 1.1))

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.icon)
        top.addWidget(self.word_label)
        top.addSpacing(8)
        top.addWidget(self.detail_label)
        top.addStretch(1)
        top.addWidget(self.round_label)
        times = QHBoxLayout()
        times.addWidget(self.phase_left_label)
        times.addStretch(1)
        times.addWidget(self.overall_left_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.timeline)
        layout.addLayout(times)

    def set_routine(self, routine: Routine) -> None:
        self._rounds, self._round_count = phase_rounds(routine)
        self.timeline.set_phases(tuple((step.kind, step.duration_s) for step in routine.steps))

    def set_temperature_unit(self, unit: str) -> None:
        self._unit = unit

    def round_text(self, step_index: int) -> str:
        current = self._rounds[step_index] if step_index < len(self._rounds) else self._round_count
        return tr("Round %1 of %2").replace("%1", str(current)).replace("%2", str(self._round_count))

    def render(self, view: SessionView) -> None:
        slot = view.slot
        if slot is None:
            return
        step = slot.step
        palette = self.palette()
        color = kind_color(step.kind, palette)
        working = view.phase is PhaseKind.WORK
        self.icon.set_kind(step.kind, color)
        word = kind_word(step.kind)
        self.word_label.setText(word if working else tr("%1 NEXT").replace("%1", word))
        restyle(self.word_label, f"color: {color.name()};")
        detail = routine_text(step.name)
        if step.temperature_c is not None:
            detail = (tr("%1 · %2", "step name · temperature").replace("%1", detail)
                      .replace("%2", temperature_text(step.temperature_c, self._unit)))
        self.detail_label.setText(detail)
        self.round_label.setText(self.round_text(slot.step_index))
        self.timeline.set_position(slot.step_index, view.progress if working else 0.0)
        self.timeline.setAccessibleDescription(
            tr("Phase %1 of %2").replace("%1", str(slot.step_index + 1))
            .replace("%2", str(view.step_count)))
        if view.waiting:
            self.phase_left_label.setText(tr("Waiting for you: press Space to start"))
        elif working:
            self.phase_left_label.setText(
                tr("%1 left in this phase").replace("%1", clock_text(view.remaining_s)))
        else:
            self.phase_left_label.setText(tr("Swap: %1 to get ready").replace("%1", clock_text(view.remaining_s)))
        self.overall_left_label.setText(
            tr("%1 left overall").replace("%1", clock_text(view.total_remaining_s)))
        muted = muted_text(palette)
        restyle(self.detail_label, f"color: {css_rgba(muted)};")
        for label in (self.phase_left_label, self.overall_left_label):
            label.set_color(muted)
