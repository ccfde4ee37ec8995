"""Render the README and docs screenshots offscreen: `uv run python docs/screenshots/make.py`.

Uses the real window on a manual clock, in light and dark palettes, at
1280x720 and 1920x1080, normal and floor mode, a stretch and a cold step, and a
three-round contrast session (its set-up screen, a cold phase and a heat phase),
the routine editor and Preferences in light and dark (`make.py dialogs` renders
only those), and the main views, the About recovery page and the About dialog in
Simplified Chinese (``*-zh_CN.png``; needs a CJK font such as fonts-noto-cjk), and the
history (list and detail, charts, the journal, the red-flag banner) on eight weeks of
made-up sessions (``make.py history`` renders only those), and the suggested-session card and
History → Workouts after imported watch files (``make.py workouts``), and the health check, a
greyed "+15 s" at its cap and a ticked warning sign's advice, in English and Chinese (``make.py safety``),
the three kinds of notice, light and dark (``make.py notices``), and Log how you feel
(``make.py day-log``).

Give file names (or parts of them) to render only those:
`uv run python docs/screenshots/make.py zh_CN`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402

from recoverykit import app as app_module  # noqa: E402
from recoverykit.core.clock import ManualClock  # noqa: E402
from recoverykit.paths import AppPaths  # noqa: E402
from recoverykit.qt.language import Translations  # noqa: E402
from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker  # noqa: E402
from recoverykit.ui.settings.appearance import dark_palette  # noqa: E402 - the app's own dark look

OUT = Path(__file__).resolve().parent


def _no_check(parent, answers):
    """The health check, skipped: a screenshot shows every step as written."""
    from recoverykit.core.health_check import HealthAnswers

    return HealthAnswers(answered=True, skipped=True)


class _Silent:
    """No sound or speech while rendering."""

    def play(self, cue):
        return None

    def set_volume(self, volume):
        return None

    def say(self, text):
        return None


def _three_rounds(window) -> None:
    """Set up three contrast rounds ending on cold on the set-up screen."""
    window.preview_routine("contrast")
    page = window.contrast_page
    page.rounds.setValue(3)
    page.end_on.setCurrentIndex(page.end_on.findData("cold"))


def render(qt_app: QApplication, theme: str, size: tuple[int, int], routine: str, seconds: float,
           floor: bool, name: str, language: str = "en") -> Path:
    translations = Translations(qt_app, QLocale(language)) if language != "en" else None
    try:
        return _render(qt_app, theme, size, routine, seconds, floor, name)
    finally:
        if translations is not None:
            translations.remove()


def _render(qt_app: QApplication, theme: str, size: tuple[int, int], routine: str, seconds: float,
            floor: bool, name: str) -> Path:
    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    clock, ticker = ManualClock(), ManualTicker()
    built = app_module.build(AppPaths(folder, folder / "config"), clock=clock, ticker=ticker,
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check)
    window = built.window
    window.resize(*size)
    window.show()
    shown = window
    if routine == "routines":
        pass
    elif routine == "preview":
        window.preview_routine("cooldown")
    elif routine == "help":
        window.show_recovery_help()
        shown = window.recovery_help
        shown.resize(*size)
    elif routine == "about":
        window._about()
        shown = window.about_dialog
        shown.adjustSize()
    elif routine == "summary":
        window.start_routine("cooldown")
    elif routine == "contrast-3-setup":
        _three_rounds(window)
    elif routine == "contrast-3":
        _three_rounds(window)
        window.contrast_page.start_button.click()
    else:
        window.start_routine(routine)
    ClockDriver(clock, ticker).advance(seconds)
    if routine == "summary":
        built.controller.stop()
    if floor:
        window.session_page.set_floor_mode(True)
        window.menuBar().hide()
    qt_app.processEvents()
    path = OUT / name
    shown.grab().save(str(path))
    built.close()
    window.deleteLater()
    return path


EVENING = """format = "recoverykit-routine"
version = 1
id = "evening"
name = "Evening recovery"
description = "A slow evening after a long run."

[[steps]]
kind = "active"
name = "Easy walk"
duration_s = 600
illustration = "easy-walk"

[[steps]]
kind = "stretch"
name = "Standing quad stretch"
duration_s = 30
sides = ["left", "right"]
illustration = "quad-stretch"
instruction = "Stand tall, hold one ankle behind you, knees side by side."

[[steps]]
kind = "foam_roll"
name = "Foam roll the calves"
duration_s = 45
sides = ["left", "right"]
illustration = "foam-roll-calves"

[[steps]]
kind = "compression"
name = "Compression boots"
duration_s = 1200
illustration = "compression-boots"
safety = "No source gives a time limit for this; follow the maker's guidance and stop if anything hurts."

[[steps]]
kind = "bath"
name = "Epsom-salt soak"
duration_s = 900
illustration = "epsom-bath"
"""


def render_dialogs(qt_app: QApplication, theme: str) -> list[Path]:
    """The routine editor (a stretch held too briefly, so its reason shows) and Preferences."""

    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    (folder / "routines").mkdir(parents=True)
    (folder / "routines" / "evening.toml").write_text(EVENING, encoding="utf-8")
    built = app_module.build(AppPaths(folder, folder / "config"), clock=ManualClock(), ticker=ManualTicker(),
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check)
    window = built.window
    window.show()
    suffix = "-dark" if theme == "dark" else ""
    page = window.routines_page
    page.list.setCurrentRow(next(i for i in range(page.list.count())
                                 if page.list.item(i).text() == "Evening recovery"))
    editor = built.routine_actions.edit_selected()
    editor.resize(1040, 680)
    editor.steps.setCurrentRow(1)
    editor.form.duration.setValue(15)
    qt_app.processEvents()
    shots = [OUT / f"routine-editor{suffix}.png"]
    editor.grab().save(str(shots[0]))
    editor.reject()
    window.settings.update(age=40)
    dialog = built.preferences.show_dialog()
    for index, name in ((0, "settings-session"), (2, "settings-heart-rate")):
        dialog.tabs.setCurrentIndex(index)
        qt_app.processEvents()
        shots.append(OUT / f"{name}{suffix}.png")
        dialog.grab().save(str(shots[-1]))
    dialog.close()
    built.close()
    window.deleteLater()
    return shots


def _history(folder: Path, wall_now) -> None:
    """Three months of sessions, most with a journal; one stopped early now and then; calves very sore
    for the last four days."""
    import random
    from datetime import timedelta

    from recoverykit import cli
    from recoverykit.core.events import SessionStatus, StepStatus
    from recoverykit.core.journal import Journal
    from recoverykit.storage.db import open_database
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.storage.sessions import SessionRepository, StepRow

    paths = AppPaths(folder, folder / "config")
    paths.ensure()
    library = cli.load_routines(paths)
    rng = random.Random(4)
    repo = SessionRepository(open_database(paths.database))
    for back in range(91, -1, -1):
        if rng.random() < 0.25 and back > 3:
            continue  # a rest day
        routine = library.get("contrast" if back % 9 == 4 else "cooldown")
        begun = wall_now - timedelta(days=back, hours=2 + rng.random())
        session_id = repo.start_session(routine.id, routine.name, begun)
        moment = begun
        for position, slot in enumerate(routine.slots):
            skipped = rng.random() < 0.06
            actual = slot.duration_s * (0.4 if skipped else 1.0)
            repo.record_step(session_id, StepRow(position, slot.index, slot.step_index, slot.step.kind.value,
                                                 slot.step.name, slot.side.value if slot.side else None,
                                                 slot.duration_s, actual,
                                                 StepStatus.SKIPPED if skipped else StepStatus.DONE,
                                                 moment, moment + timedelta(seconds=actual)))
            moment += timedelta(seconds=actual + 5)
        stopped = back > 3 and rng.random() < 0.05
        repo.finish_session(session_id, SessionStatus.ABANDONED if stopped else SessionStatus.COMPLETED, moment)
        calves = 8 if back <= 3 else rng.randint(1, 5)
        journal = Journal({"calves": calves, "quads": rng.randint(2, 6), "hamstrings": rng.randint(1, 5)},
                          {"calves": max(0, calves - 1), "quads": rng.randint(1, 4),
                           "hamstrings": rng.randint(0, 3)},
                          "run", round(rng.uniform(5, 16), 1), rng.randint(30, 90), rng.randint(4, 8),
                          begun - timedelta(minutes=10), True, rng.random() < 0.7, 7.0, ())
        JournalStore(repo).save(session_id, journal, moment)
        if back == 0:
            repo.set_note(session_id, "Calves still tight after Sunday's long run.")
    repo.close()


def render_history(qt_app: QApplication, theme: str, view: str, name: str, language: str = "en") -> Path:
    translations = Translations(qt_app, QLocale(language))  # English too: its plurals ("1 step")
    try:
        return _render_history(qt_app, theme, view, name)
    finally:
        translations.remove()


def _render_history(qt_app: QApplication, theme: str, view: str, name: str) -> Path:
    from datetime import timezone

    from PySide6.QtWidgets import QWidget

    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    clock, ticker = ManualClock(), ManualTicker()
    _history(folder, clock.wall().astimezone(timezone.utc))
    built = app_module.build(AppPaths(folder, folder / "config"), clock=clock, ticker=ticker,
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check,
                             reminder_ticker=ManualTicker())
    window = built.window
    window.resize(1280, 800)
    window.show()
    window.show_page("history")
    page = window.history_page
    target: QWidget = window
    if view == "charts":
        page.tabs.setCurrentWidget(page.charts)
        page.sessions.setCurrentIndex(page.model.index(5, 0))
        page.tabs.setCurrentWidget(page.sessions.parentWidget().parentWidget())
        page.tabs.setCurrentWidget(page.charts)
    elif view == "journal":
        page.edit_journal()
        target = page.journal_dialog
    qt_app.processEvents()
    path = OUT / name
    target.grab().save(str(path))
    if view == "journal":
        page.journal_dialog.reject()
    built.close()
    window.deleteLater()
    return path


def render_workouts(qt_app: QApplication, theme: str, view: str, name: str, language: str = "en") -> Path:
    """The start page's card after a hilly half marathon, or History → Workouts."""
    from datetime import datetime, timedelta, timezone

    translations = Translations(qt_app, QLocale(language)) if language != "en" else None

    from tests.workouts.fit_writer import hr_spike, multisport, run

    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    start = datetime(2026, 5, 4, 5, 45, tzinfo=timezone.utc)
    files = folder / "watch"
    files.mkdir()
    (files / "half.fit").write_bytes(run(km=21.1, minutes=112, start=start, descent=640))
    (files / "tri.fit").write_bytes(multisport(start=start - timedelta(days=3)))
    (files / "intervals.fit").write_bytes(hr_spike(start=start - timedelta(days=5)))
    clock, ticker = ManualClock(wall_start=start + timedelta(minutes=112 + 9)), ManualTicker()
    built = app_module.build(AppPaths(folder, folder / "config"), clock=clock, ticker=ticker,
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check,
                             reminder_ticker=ManualTicker())
    built.workout_service.import_paths([files], workers=1)
    window = built.window
    window.resize(1280, 800)
    window.show()
    built.workouts.refresh()
    if view == "card-sign":  # sharp pain ticked and the calves marked injured, in Log how you feel

        days = built.day_logs
        dialog = days.open_dialog()
        dialog.editor.warnings["sharp_pain"].setChecked(True)
        dialog.editor.injured["calves"].setChecked(True)
        dialog.accept()
    elif view == "card-done":  # the suggested session followed to its end
        from recoverykit.qt.manual_ticker import ClockDriver

        built.workouts.card.start_button.click()
        window.preview_page.start_button.click()
        ClockDriver(clock, ticker).run_to_end()
        window.show_page("routines")
    if view == "tab":
        window.show_page("history")
        window.history_page.tabs.setCurrentWidget(built.workouts.tab)
        built.workouts.tab.table.selectRow(0)
    qt_app.processEvents()
    path = OUT / name
    window.grab().save(str(path))
    built.close()
    window.deleteLater()
    if translations is not None:
        translations.remove()
    return path


def render_safety(qt_app: QApplication, language: str = "en") -> list[Path]:
    """The health check, a greyed "+15 s" at the ice-pack cap, and the advice a ticked warning sign shows."""
    from datetime import date

    from recoverykit.core.health_check import HealthAnswers
    from recoverykit.ui.journal.journal_editor import JournalEditor
    from recoverykit.ui.safety.health_dialog import HealthCheckDialog

    translations = Translations(qt_app, QLocale(language)) if language != "en" else None
    suffix = "" if language == "en" else f"-{language}"
    qt_app.setPalette(qt_app.style().standardPalette())
    shots = []
    dialog = HealthCheckDialog(HealthAnswers(answered=True, yes=frozenset({"raynaud"})))
    dialog.show()
    qt_app.processEvents()
    shots.append(OUT / f"health-check{suffix}.png")
    dialog.grab().save(str(shots[-1]))
    dialog.close()
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    clock, ticker = ManualClock(), ManualTicker()
    built = app_module.build(AppPaths(folder, folder / "config"), clock=clock, ticker=ticker,
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check,
                             reminder_ticker=ManualTicker())
    window = built.window
    window.resize(1280, 720)
    window.show()
    window.start_routine("contrast")
    driver = ClockDriver(clock, ticker)
    driver.advance(6)
    while window.session_page.extend_button.isEnabled():
        window.session_page.extend_button.click()
        driver.advance(0.5)
    driver.advance(95.3)
    qt_app.processEvents()
    shots.append(OUT / f"extend-cap{suffix}.png")
    window.grab().save(str(shots[-1]))
    built.close()
    window.deleteLater()
    editor = JournalEditor(date(2026, 5, 4), "km")
    editor.resize(900, 640)
    editor.show()
    editor.warnings["swelling"].setChecked(True)
    qt_app.processEvents()
    shots.append(OUT / f"journal-warning{suffix}.png")
    editor.grab().save(str(shots[-1]))
    editor.close()
    if translations is not None:
        translations.remove()
    return shots


def render_notices(qt_app: QApplication, theme: str) -> Path:
    """The notice line in its three kinds (information, warning, error) and a reminder, stacked."""
    from PySide6.QtGui import QPainter, QPixmap

    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    built = app_module.build(AppPaths(folder, folder / "config"), clock=ManualClock(), ticker=ManualTicker(),
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check,
                             reminder_ticker=ManualTicker())
    window = built.window
    window.resize(960, 540)
    window.show()
    built.finish()
    says = [(window.set_banner, "47 sessions exported to ~/Documents/recovery.csv."),
            (window.show_warning, "The watched folder /media/watch/GARMIN/Activity is not there (is the watch "
                                  "connected?). It is looked at again every minute."),
            (window.show_error, "history.json was not imported, and nothing changed: the file is not complete, "
                                "valid JSON (Expecting value at line 1, column 2).")]
    grabs = []
    for show, text in says:
        show(text)
        qt_app.processEvents()
        grabs.append(window.grab().copy(0, 0, window.width(), window.menuBar().height()
                                        + window.banner.height() + 12))
    window.set_banner("")
    from recoverykit.qt.reminders import HYDRATE, reminder_text

    built.reminder_bar.show_reminder(HYDRATE, *reminder_text(HYDRATE))
    qt_app.processEvents()
    grabs.append(window.grab().copy(0, 0, window.width(), window.menuBar().height()
                                    + built.reminder_bar.height() + 12))
    picture = QPixmap(window.width(), sum(grab.height() for grab in grabs))
    painter = QPainter(picture)
    top = 0
    for grab in grabs:
        painter.drawPixmap(0, top, grab)
        top += grab.height()
    painter.end()
    path = OUT / ("notices.png" if theme == "light" else "notices-dark.png")
    picture.save(str(path))
    built.close()
    window.deleteLater()
    return path


def render_day_log(qt_app: QApplication, theme: str, language: str = "en") -> Path:
    """Log how you feel: a rest day the morning after, calves sore, a note."""
    from datetime import timedelta

    translations = Translations(qt_app, QLocale(language))
    qt_app.setPalette(dark_palette() if theme == "dark" else qt_app.style().standardPalette())
    folder = Path(tempfile.mkdtemp(prefix="recoverykit-shots-"))
    built = app_module.build(AppPaths(folder, folder / "config"), clock=ManualClock(), ticker=ManualTicker(),
                             confirm=lambda *a: True, sound_output=_Silent(), speech=_Silent(),
                             notify=lambda *a: None, tray_available=False, ask_health_check=_no_check,
                             reminder_ticker=ManualTicker())
    built.window.show()
    built.finish()
    dialog = built.day_logs.open_dialog()
    from PySide6.QtCore import QDateTime

    morning = (built.clock.wall() - timedelta(days=1)).replace(hour=7, minute=15, second=0, microsecond=0)
    dialog.when.setDateTime(QDateTime(morning.replace(tzinfo=None)))
    dialog.rest_day.setChecked(True)
    for area, value in (("calves", 6), ("hamstrings", 3), ("quads", 2)):
        dialog.editor.sliders[area].setValue(value)
    dialog.editor.set_side("hamstrings", "left", 1)  # the left hamstring better than the right
    dialog.editor.sleep.setValue(7.5)
    dialog.editor.notes.setPlainText("Calves tight on the stairs; left hamstring better than yesterday."
                                     if language == "en" else "上楼梯时小腿发紧；左侧腘绳肌比昨天好些了。")
    qt_app.processEvents()
    suffix = ("" if language == "en" else f"-{language}") + ("-dark" if theme == "dark" else "")
    path = OUT / f"day-log{suffix}.png"
    dialog.grab().save(str(path))
    dialog.reject()
    built.close()
    built.window.deleteLater()
    translations.remove()
    return path


WORKOUT_SHOTS = [
    ("light", "card", "workouts-card.png"),
    ("dark", "card", "workouts-card-dark.png"),
    ("light", "tab", "workouts-history.png"),
    ("light", "card", "workouts-card-zh_CN.png", "zh_CN"),
    ("light", "card-sign", "workouts-card-sign.png"),
    ("light", "card-done", "workouts-card-done.png"),
]

HISTORY_SHOTS = [
    ("light", "list", "history.png"),
    ("dark", "list", "history-dark.png"),
    ("light", "charts", "history-charts.png"),
    ("dark", "charts", "history-charts-dark.png"),
    ("light", "journal", "journal.png"),
    ("dark", "journal", "journal-dark.png"),
    ("light", "list", "history-zh_CN.png", "zh_CN"),
]


def main() -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setStyle(QStyleFactory.create("Fusion"))
    wanted = sys.argv[1:]
    if not wanted or "history" in wanted:
        for shot in HISTORY_SHOTS:
            print(render_history(qt_app, *shot))
    if not wanted or "workouts" in wanted:
        for shot in WORKOUT_SHOTS:
            print(render_workouts(qt_app, *shot))
    if not wanted or "safety" in wanted:
        for language in ("en", "zh_CN"):
            for path in render_safety(qt_app, language):
                print(path)
    if not wanted or "notices" in wanted:
        for theme in ("light", "dark"):
            print(render_notices(qt_app, theme))
    if not wanted or "day-log" in wanted:
        for theme, language in (("light", "en"), ("dark", "en"), ("light", "zh_CN")):
            print(render_day_log(qt_app, theme, language))
    if wanted and all(part in ("history", "dialogs", "workouts", "safety", "notices", "day-log")
                      for part in wanted):
        if "dialogs" in wanted:
            for theme in ("light", "dark"):
                for path in render_dialogs(qt_app, theme):
                    print(path)
        return 0
    shots = [
        ("light", (1280, 720), "cooldown", 5 + 600 + 5 + 12.4, False, "session-stretch.png"),
        ("dark", (1280, 720), "cooldown", 5 + 600 + 5 + 12.4, False, "session-stretch-dark.png"),
        ("light", (1280, 720), "contrast", 5 + 252.2, False, "session-cold.png"),
        ("dark", (1920, 1080), "contrast", 5 + 252.2, False, "session-cold-dark-1080p.png"),
        ("light", (1920, 1080), "cooldown", 5 + 600 + 5 + 12.4, False, "session-stretch-1080p.png"),
        ("light", (1280, 720), "cooldown", 5 + 600 + 5 + 12.4, True, "floor-stretch.png"),
        ("dark", (1920, 1080), "contrast", 5 + 252.2, True, "floor-cold-dark-1080p.png"),
        ("light", (1280, 720), "contrast-3-setup", 0, False, "contrast-setup.png"),
        ("light", (1280, 720), "contrast-3", 5 + 600 + 15 + 900 + 15 + 252.2, False, "contrast-cold.png"),
        ("light", (1280, 720), "contrast-3", 5 + 600 + 15 + 331.6, False, "contrast-heat.png"),
        ("dark", (1920, 1080), "contrast-3", 5 + 600 + 15 + 331.6, False, "contrast-heat-dark-1080p.png"),
        ("dark", (1920, 1080), "contrast-3", 5 + 600 + 15 + 900 + 15 + 252.2, True,
         "floor-contrast-cold-dark-1080p.png"),
    ]
    zh = [
        ("light", (1280, 720), "routines", 0, False, "routines-zh_CN.png"),
        ("light", (1280, 720), "preview", 0, False, "preview-zh_CN.png"),
        ("light", (1280, 720), "cooldown", 5 + 600 + 5 + 12.4, False, "session-stretch-zh_CN.png"),
        ("dark", (1280, 720), "cooldown", 5 + 600 + 5 + 12.4, False, "session-stretch-dark-zh_CN.png"),
        ("light", (1280, 720), "contrast-3-setup", 0, False, "contrast-setup-zh_CN.png"),
        ("dark", (1280, 720), "contrast-3", 5 + 600 + 15 + 331.6, False, "contrast-heat-dark-zh_CN.png"),
        ("light", (1280, 720), "summary", 5 + 600 + 5 + 30 + 5 + 30 + 5 + 12, False, "summary-zh_CN.png"),
        ("light", (720, 640), "help", 0, False, "help-zh_CN.png"),
        ("dark", (720, 640), "about", 0, False, "about-dark-zh_CN.png"),
    ]
    wanted = sys.argv[1:]
    for shot in [*shots, *((*z, "zh_CN") for z in zh)]:
        if not wanted or any(part in shot[5] for part in wanted):
            print(render(qt_app, *shot))
    if not wanted or "dialogs" in wanted:
        for theme in ("light", "dark"):
            for path in render_dialogs(qt_app, theme):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
