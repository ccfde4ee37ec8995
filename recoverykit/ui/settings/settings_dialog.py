"""Preferences: every setting, grouped, applied the moment it changes (no OK/Apply).

The dialog writes through the SettingsNotifier and re-reads from its signal,
so a change made elsewhere (the Sound menu's Mute, the contrast set-up's °F)
shows here at once, and a change made here reaches the rest of the app at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.heart_rate import AGE_RANGE, MIN_MEASURED_MAX
from recoverykit.qt.messages import message_text
from recoverykit.qt.settings_notifier import SettingsNotifier
from recoverykit.qt.text import tr
from recoverykit.settings import RANGES, Settings
from recoverykit.ui.common.refusing_spin_box import RefusingSpinBox
from recoverykit.ui.session.heart_rate_hint import active_band_text, easy_run_text
from recoverykit.ui.settings.workout_settings import WatchedFolderRow, WorkoutMaxOffer


def _seconds(name: str, accessible: str) -> QSpinBox:
    box = QSpinBox()
    low, high = RANGES[name]
    box.setRange(low, high)
    box.setSuffix(tr(" s"))
    box.setAccessibleName(accessible)
    box.setKeyboardTracking(False)
    return box


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return box


class SettingsDialog(QDialog):
    """The Preferences dialog (Ctrl+,): Session, Units and look, Heart rate, Contrast and reminders."""

    def __init__(self, notifier: SettingsNotifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._loading = False
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("settingsDialog")
        self.problem = QLabel()  # why a change was not saved, or a typed value refused
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setAccessibleName(tr("Settings problem"))

        # -- Session: sound, voice, gaps
        self.sound_on = QCheckBox(tr("Play &sounds at each step"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(tr("Volume"))
        self.volume.setTracking(False)
        self.volume.setMinimumWidth(220)
        self.volume_value = QLabel()
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        self.voice_on = QCheckBox(tr("Speak the steps &aloud"))
        self.voice_problem = QLabel()
        self.voice_problem.setWordWrap(True)
        self.voice_problem.setVisible(False)
        self.get_ready_s = _seconds("get_ready_s", tr("Get-ready countdown"))
        self.switch_sides_s = _seconds("switch_sides_s", tr("Time to switch sides"))
        self.change_position_s = _seconds("change_position_s", tr("Time between steps"))
        sound = QFormLayout()
        sound.addRow(self.sound_on)
        volume_label = QLabel(tr("&Volume:"))
        volume_label.setBuddy(self.volume)
        sound.addRow(volume_label, volume_row)
        sound.addRow(self.voice_on)
        sound.addRow(self.voice_problem)
        gaps = QFormLayout()
        gaps.addRow(tr("&Get ready:"), self.get_ready_s)
        gaps.addRow(tr("S&witch sides:"), self.switch_sides_s)
        gaps.addRow(tr("&Between steps:"), self.change_position_s)
        self.health_button = QPushButton(tr("&Health check…"))
        self.health_button.setToolTip(tr("Answer the health questions again (cold, heat, massage gun)"))
        health = QFormLayout()
        health.addRow(self.health_button)
        session = QWidget()
        column = QVBoxLayout(session)
        column.addWidget(_group(tr("Sound and voice"), sound))
        column.addWidget(_group(tr("Pauses"), gaps))
        column.addWidget(_group(tr("Health"), health))
        column.addStretch(1)

        # -- Appearance and units
        self.theme = QComboBox()
        for label, value in ((tr("Follow the system"), "system"), (tr("Light"), "light"), (tr("Dark"), "dark")):
            self.theme.addItem(label, value)
        self.theme.setAccessibleName(tr("Theme"))
        self.language = QComboBox()
        for label, value in ((tr("Follow the system"), "system"), ("English", "en"), ("简体中文", "zh_CN")):
            self.language.addItem(label, value)
        self.language.setAccessibleName(tr("Language"))
        self.language_note = QLabel(tr("A new language is used the next time recoverykit starts."))
        self.language_note.setWordWrap(True)
        self.temperature_unit = QComboBox()
        self.temperature_unit.addItem(tr("Celsius (°C)"), "c")
        self.temperature_unit.addItem(tr("Fahrenheit (°F)"), "f")
        self.temperature_unit.setAccessibleName(tr("Temperature unit"))
        self.distance_unit = QComboBox()
        self.distance_unit.addItem(tr("Kilometres"), "km")
        self.distance_unit.addItem(tr("Miles"), "mi")
        self.distance_unit.setAccessibleName(tr("Distance unit"))
        look = QFormLayout()
        look.addRow(tr("&Theme:"), self.theme)
        look.addRow(tr("&Language:"), self.language)
        look.addRow("", self.language_note)
        units = QFormLayout()
        units.addRow(tr("T&emperatures:"), self.temperature_unit)
        units.addRow(tr("&Distances:"), self.distance_unit)
        appearance = QWidget()
        column = QVBoxLayout(appearance)
        column.addWidget(_group(tr("Look"), look))
        column.addWidget(_group(tr("Units"), units))
        column.addStretch(1)

        # -- Heart rate
        self.age = RefusingSpinBox()
        # The lowest value stands for "not set" (saved as 0); a typed age outside 10-100 is refused.
        self.age.setRange(AGE_RANGE[0] - 1, AGE_RANGE[1])
        self.age.setSpecialValueText(tr("Not set"))
        self.age.setToolTip(tr("%1 to %2 years; the estimate is not a useful guide outside them")
                            .replace("%1", str(AGE_RANGE[0])).replace("%2", str(AGE_RANGE[1])))
        self.age.setSuffix(tr(" years"))
        self.age.setAccessibleName(tr("Age"))
        self.age.setKeyboardTracking(False)
        self.max_heart_rate = QSpinBox()
        self.max_heart_rate.setRange(0, RANGES["max_heart_rate"][1])
        self.max_heart_rate.setSpecialValueText(tr("Not measured"))
        self.max_heart_rate.setSuffix(tr(" bpm"))
        self.max_heart_rate.setAccessibleName(tr("Measured maximum heart rate"))
        self.max_heart_rate.setAccessibleDescription(
            tr("If you know your maximum heart rate from a test, it is used instead of the estimate from your age"))
        self.max_heart_rate.setKeyboardTracking(False)
        self.band = QLabel()
        self.band.setWordWrap(True)
        self.band.setObjectName("heartRateBand")
        self.band.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workout_max = WorkoutMaxOffer()
        self.workout_max.accepted.connect(self.max_heart_rate.setValue)
        heart = QFormLayout()
        heart.addRow(tr("&Age:"), self.age)
        heart.addRow(tr("&Measured maximum:"), self.max_heart_rate)
        heart.addRow(self.workout_max)
        heart_page = QWidget()
        column = QVBoxLayout(heart_page)
        column.addWidget(_group(tr("Heart rate"), heart))
        column.addWidget(self.band)
        column.addStretch(1)

        # -- Contrast and reminders
        self.contrast_swap_s = _seconds("contrast_swap_s", tr("Swap countdown"))
        self.contrast_swap_waits = QCheckBox(tr("Wait for me &between phases instead"))
        self.refuel_reminder_on = QCheckBox(tr("Remind me to &refuel 30 minutes after a workout"))
        self.hydration_reminder_on = QCheckBox(tr("Remind me to &drink 15 minutes after a workout"))
        contrast = QFormLayout()
        contrast.addRow(tr("S&wap countdown:"), self.contrast_swap_s)
        contrast.addRow(self.contrast_swap_waits)
        reminders = QFormLayout()
        reminders.addRow(self.hydration_reminder_on)
        reminders.addRow(self.refuel_reminder_on)
        self.watched_folder = WatchedFolderRow()
        self.watched_folder.changed.connect(lambda folder: self._save(watched_folder=folder))
        workouts = QFormLayout()
        workouts.addRow(tr("Watched &folder:"), self.watched_folder)
        other = QWidget()
        column = QVBoxLayout(other)
        column.addWidget(_group(tr("Contrast therapy"), contrast))
        column.addWidget(_group(tr("Reminders"), reminders))
        column.addWidget(_group(tr("Workouts"), workouts))
        column.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Preference groups"))
        self.tabs.addTab(session, tr("Session"))
        self.tabs.addTab(appearance, tr("Appearance"))
        self.tabs.addTab(heart_page, tr("Heart rate"))
        self.tabs.addTab(other, tr("Contrast, reminders, workouts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 420)

        for name in ("sound_on", "voice_on", "contrast_swap_waits", "refuel_reminder_on", "hydration_reminder_on"):
            getattr(self, name).toggled.connect(lambda on, n=name: self._save(**{n: on}))
        for name in ("get_ready_s", "switch_sides_s", "change_position_s", "contrast_swap_s", "max_heart_rate"):
            getattr(self, name).valueChanged.connect(lambda value, n=name: self._save(**{n: value}))
        self.age.valueChanged.connect(lambda value: self._save(age=0 if value == self.age.minimum() else value))
        self.age.refused.connect(lambda text: (self.problem.setText(text), self.problem.setVisible(True)))
        self.volume.valueChanged.connect(lambda value: self._save(volume_percent=value))
        self.volume.sliderMoved.connect(lambda value: self.volume_value.setText(tr("%1 %").replace("%1", str(value))))
        for name in ("theme", "language", "temperature_unit", "distance_unit"):
            combo: QComboBox = getattr(self, name)
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._save(**{n: c.currentData()}))
        notifier.settingsChanged.connect(self._on_changed)
        self.show_settings(notifier.settings)

    def set_voice_problem(self, text: str) -> None:
        """Say under the voice box why voice is off on this machine ("" when it can speak)."""
        self.voice_problem.setText(text)
        self.voice_problem.setVisible(bool(text))

    def offer_workout_max(self, bpm: int | None) -> None:
        """Offer the highest heart rate held in the last 12 months of workouts as the measured maximum."""
        self.workout_max.offer(bpm, self.max_heart_rate.value())

    def show_settings(self, settings: Settings) -> None:
        """Put ``settings`` in the fields without saving them again."""
        self._loading = True
        try:
            for name in ("sound_on", "voice_on", "contrast_swap_waits", "refuel_reminder_on",
                         "hydration_reminder_on"):
                getattr(self, name).setChecked(getattr(settings, name))
            for name in ("get_ready_s", "switch_sides_s", "change_position_s", "contrast_swap_s",
                         "max_heart_rate"):
                getattr(self, name).setValue(getattr(settings, name))
            self.age.setValue(settings.age or self.age.minimum())
            self.volume.setValue(settings.volume_percent)
            self.watched_folder.show_folder(settings.watched_folder)
            self.volume_value.setText(tr("%1 %").replace("%1", str(settings.volume_percent)))
            self.volume.setEnabled(settings.sound_on)
            for name in ("theme", "language", "temperature_unit", "distance_unit"):
                combo: QComboBox = getattr(self, name)
                combo.setCurrentIndex(max(0, combo.findData(getattr(settings, name))))
        finally:
            self._loading = False
        self._show_band(settings)

    def _show_band(self, settings: Settings) -> None:
        lines = [active_band_text(settings, in_preferences=True)]
        easy = easy_run_text(settings)
        if easy:
            lines.append(easy)
        if 0 < settings.max_heart_rate < MIN_MEASURED_MAX:
            lines.append(tr("A measured maximum below %1 bpm is not used; check the number.")
                         .replace("%1", str(MIN_MEASURED_MAX)))
        self.band.setText("\n\n".join(lines))

    def _save(self, **changes) -> None:
        if self._loading:
            return
        problem = self._notifier.update(**changes)
        self.problem.setText(message_text(problem) if problem else "")
        self.problem.setVisible(bool(problem))

    @Slot(object, object)
    def _on_changed(self, settings: Settings, names: frozenset) -> None:
        self.show_settings(settings)
