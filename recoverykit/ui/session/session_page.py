"""The follow-along page: what to do now, how long is left, what comes next.

For a contrast session (every step cold or heat) a ContrastBanner replaces the
step counter and progress bar, the gaps read "Swap: heat next", and Space
during a swap starts the next phase at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.contrast import is_contrast
from recoverykit.core.events import PhaseKind
from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Routine, Side
from recoverykit.core.states import Op
from recoverykit.core.view import SessionView
from recoverykit.qt.controller import SessionController
from recoverykit.qt.messages import message_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import (
    clock_text,
    kind_text,
    phase_caption,
    side_text,
    slot_title,
    tr,
)
from recoverykit.ui.common.theme import css_rgba, kind_color, muted_text
from recoverykit.ui.common.ticking_label import TickingLabel
from recoverykit.ui.common.widgets import restyle, scaled_font
from recoverykit.ui.contrast.contrast_banner import ContrastBanner
from recoverykit.ui.session.illustration import IllustrationView
from recoverykit.ui.session.ring import CountdownRing


class SessionPage(QWidget):
    """Renders the controller's SessionView; its buttons and keys call the controller.

    Signals:
        stopRequested(): the user asked to stop (the window confirms first).
        floorModeRequested(): the user asked to enter or leave floor mode.
    """

    stopRequested = Signal()
    floorModeRequested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("sessionPage")

        self.position_label = TickingLabel()  # changes every second: it must not re-lay-out the page
        self.position_label.setObjectName("position")
        self.kind_label = QLabel()
        self.kind_label.setObjectName("kindChip")
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.kind_label)
        self.contrast_banner = ContrastBanner()
        self.contrast_banner.hide()
        self._contrast_for: Routine | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("stepTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled_font(self, 2.2, QFont.Weight.DemiBold))
        self.side_label = QLabel()
        self.side_label.setObjectName("side")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label.setFont(scaled_font(self, 1.8, QFont.Weight.Bold))

        self.illustration = IllustrationView()
        self.ring = CountdownRing()
        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addStretch(1)
        middle.addWidget(self.illustration, 4)
        middle.addWidget(self.ring, 5)
        middle.addStretch(1)

        self.instruction_label = QLabel()
        self.instruction_label.setObjectName("instruction")
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction_label.setFont(scaled_font(self, 1.25))
        self.instruction_label.setMaximumWidth(900)
        lines = self.instruction_label.fontMetrics().lineSpacing()
        self.instruction_label.setMinimumHeight(lines * 2 + 4)
        self.safety_label = QLabel()
        self.safety_label.setObjectName("safety")
        self.safety_label.setWordWrap(True)
        self.safety_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.safety_label.setMaximumWidth(900)
        self.heart_rate_label = QLabel()  # "aim for about N–M bpm", on active steps only
        self.heart_rate_label.setObjectName("heartRate")
        self.heart_rate_label.setWordWrap(True)
        self.heart_rate_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heart_rate_label.setMaximumWidth(900)
        self.heart_rate_label.hide()

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(tr("Session progress"))

        self.next_label = QLabel()
        self.next_label.setObjectName("nextUp")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setFont(scaled_font(self, 1.2))

        self.back_button = self._button(tr("Back"), "media-skip-backward", tr("Back (←)"), controller.back)
        self.pause_button = self._button(tr("Pause"), "media-playback-pause", tr("Pause or resume (Space)"),
                                         controller.toggle_pause)
        self.skip_button = self._button(tr("Skip"), "media-skip-forward", tr("Skip this step (→)"), controller.skip)
        self.extend_button = self._button(tr("+15 s"), "list-add", tr("Add 15 seconds (+)"), controller.extend)
        self.stop_button = self._button(tr("Stop"), "media-playback-stop", tr("Stop the session (Esc)"),
                                        self.stopRequested.emit)
        self.floor_button = self._button(tr("Floor mode"), "view-fullscreen",
                                         tr("Fill the screen with the countdown (F11)"),
                                         self.floorModeRequested.emit)
        self.pause_button.setDefault(True)
        # Why "+15 s" is greyed out: the step reached its safety cap (core/caps.py). Keeps its
        # place when hidden, so nothing above it moves when it appears.
        self.cap_label = QLabel()
        self.cap_label.setObjectName("extendCap")
        self.cap_label.setWordWrap(True)
        self.cap_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.cap_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.cap_label.setSizePolicy(policy)
        self.cap_label.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.pause_button, self.skip_button, self.extend_button,
                       self.stop_button, self.floor_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.contrast_banner)
        layout.addWidget(self.title_label)
        layout.addWidget(self.side_label)
        layout.addLayout(middle, 1)
        for label in (self.instruction_label, self.safety_label, self.heart_rate_label):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(label, 100)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.next_label)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.cap_label)

        for keys, slot in (
            (Qt.Key.Key_Space, self._space),
            (Qt.Key.Key_Right, controller.skip),
            (Qt.Key.Key_Left, controller.back),
            (Qt.Key.Key_Plus, controller.extend),
            (Qt.Key.Key_Escape, self.stopRequested.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._floor = False
        # The safety note stays in floor mode: it is there for the ice, the heat and the gun.
        self._details = (self.position_label, self.kind_label, self.illustration, self.instruction_label,
                         self.progress)
        controller.viewChanged.connect(self.render)
        view = controller.view()
        if view is not None:  # built while a session runs: show it now, not at the next second
            self.render(view)

    @property
    def contrast(self) -> bool:
        """Whether the session shown is a contrast session."""
        return self._contrast_for is not None

    def set_temperature_unit(self, unit: str) -> None:
        self.contrast_banner.set_temperature_unit(unit)
        view = self._controller.view()
        if view is not None:
            self.render(view)

    def set_heart_rate_hint(self, text: str) -> None:
        """The band shown on active-recovery steps; "" shows nothing."""
        self.heart_rate_label.setText(text)
        view = self._controller.view()
        if view is not None:
            self.render(view)

    def _space(self) -> None:
        """Space: during a contrast swap, start the next phase now; otherwise pause or resume."""
        view = self._controller.view()
        if (view is not None and self.contrast and view.phase is PhaseKind.CHANGE_POSITION
                and not view.paused and not view.waiting):
            self._controller.skip()
        else:
            self._controller.toggle_pause()

    def _sync_contrast(self) -> None:
        machine = self._controller.machine
        routine = machine.routine if machine is not None else None
        if routine is not None and is_contrast(routine):
            if self._contrast_for is not routine:
                self._contrast_for = routine
                self.contrast_banner.set_routine(routine)
        else:
            self._contrast_for = None
        self.contrast_banner.setVisible(self.contrast)

    @property
    def floor_mode(self) -> bool:
        return self._floor

    def set_floor_mode(self, on: bool) -> None:
        """Floor mode: the countdown takes most of the height; details step aside."""
        self._floor = on
        for widget in self._details:
            widget.setHidden(on)
        self.floor_button.setText(tr("Leave floor mode") if on else tr("Floor mode"))
        self.floor_button.setIcon(QIcon.fromTheme("view-restore" if on else "view-fullscreen"))
        self.side_label.setFont(scaled_font(self, 3.0 if on else 1.8, QFont.Weight.Bold))
        self.title_label.setFont(scaled_font(self, 2.8 if on else 2.2, QFont.Weight.DemiBold))
        self.next_label.setFont(scaled_font(self, 1.6 if on else 1.2))
        self.safety_label.setFont(scaled_font(self, 1.3 if on else 1.0))
        self._refresh_details()

    def _refresh_details(self) -> None:
        # Shown only when they have something to say; the illustration not in floor mode.
        self.safety_label.setVisible(bool(self.safety_label.text()))
        if not self._floor:
            self.illustration.setVisible(self.illustration.has_image)
            for widget in (self.position_label, self.kind_label, self.progress):
                widget.setVisible(not self.contrast)  # the banner says all of it

    def _button(self, text: str, icon: str, tooltip: str, slot) -> QPushButton:
        button = QPushButton(QIcon.fromTheme(icon), text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setMinimumHeight(44)
        button.setMinimumWidth(110)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def render(self, view: SessionView) -> None:
        """Show ``view``; called on every displayed second and every change.

        Only what changed is touched, so a passing second repaints the time
        left, the ring and the progress bar, nothing else. Nothing is drawn
        while the window is minimised (``MainWindow`` renders again on restore).
        """
        slot = view.slot
        if slot is None or self.window().isMinimized():
            return
        step = slot.step
        palette = self.palette()
        color = kind_color(step.kind, palette)
        working = view.phase is PhaseKind.WORK
        self._sync_contrast()
        if self.contrast:
            self.contrast_banner.render(view)
        self.position_label.setText(
            tr("Step %1 of %2 · %3 left")
            .replace("%1", str(slot.step_index + 1))
            .replace("%2", str(view.step_count))
            .replace("%3", clock_text(view.total_remaining_s))
        )
        self.kind_label.setText(kind_text(step.kind))
        restyle(self.kind_label, f"color: {color.name()}; font-weight: 600; letter-spacing: 1px;")
        name = routine_text(step.name)
        self.title_label.setText(name if working else tr("Up next: %1").replace("%1", name))
        self.side_label.setText(side_text(slot.side).upper())
        restyle(self.side_label, f"color: {color.name()};")
        self.side_label.setVisible(slot.side is not None)
        self.illustration.show_illustration(
            step.illustration, slot.side is Side.RIGHT, palette.color(QPalette.ColorRole.WindowText))
        if view.waiting:
            self.ring.set_state(0.0, clock_text(slot.duration_s), tr("Press Space to start"), color)
        else:
            self.ring.set_state(view.progress, clock_text(view.remaining_s),
                                phase_caption(view.phase, view.paused, step.kind), color)
        self.instruction_label.setText(routine_text(step.instruction))
        self.safety_label.setText(
            tr("⚠ %1", "safety note").replace("%1", routine_text(step.safety)) if step.safety else "")
        self.heart_rate_label.setVisible(step.kind is StepKind.ACTIVE and bool(self.heart_rate_label.text()))
        self._refresh_details()
        muted = css_rgba(muted_text(palette))
        restyle(self.safety_label, f"color: {muted};")
        if view.next_slot is not None and working:
            self.next_label.setText(
                tr("Next: %1 · %2").replace("%1", slot_title(view.next_slot))
                .replace("%2", clock_text(view.next_slot.duration_s)))
        elif working:
            self.next_label.setText(tr("Last step"))
        else:
            self.next_label.setText(tr("%1 · %2", "duration · kind").replace("%1", clock_text(slot.duration_s))
                                    .replace("%2", kind_text(step.kind)))
        restyle(self.next_label, f"color: {muted};")
        done = slot.index + (view.progress if working else 0.0)
        self.progress.setValue(round(1000 * done / max(1, view.slot_count)))
        idle = view.paused or view.waiting
        pause_text = (tr("Start") if view.waiting and not view.paused
                      else tr("Resume") if view.paused else tr("Pause"))
        if self.pause_button.text() != pause_text:
            self.pause_button.setText(pause_text)
            self.pause_button.setIcon(QIcon.fromTheme(
                "media-playback-start" if idle else "media-playback-pause"))
        self.back_button.setEnabled(self._controller.can(Op.BACK))
        self.skip_button.setEnabled(self._controller.can(Op.SKIP))
        self.extend_button.setEnabled(self._controller.can(Op.EXTEND))
        cap = self._controller.extend_blocked()
        cap_text = tr("No more time can be added: %1").replace("%1", message_text(cap.text())) if cap else ""
        if self.cap_label.text() != cap_text:
            self.cap_label.setText(cap_text)
            self.cap_label.setVisible(bool(cap_text))
            self.extend_button.setToolTip(cap_text or tr("Add 15 seconds (+)"))
