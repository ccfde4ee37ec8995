"""Child process: a real-clock routine of many short steps in the real window.

``python punctuality_child.py app|timer DATA_DIR STEPS STEP_SECONDS``

``app``: the app is built through ``recoverykit.app.build`` with the real
SystemClock and QtTicker and a SQLite file in DATA_DIR, its window shown
(offscreen). The routine has STEPS steps of STEP_SECONDS each and no
get-ready or gaps, so every step end is a timer deadline. For each StepEnded
cue, the lateness is the clock's time when the controller emitted it minus
the step's deadline (its planned end: the machine ends an on-time phase
exactly at its deadline).

``timer``: the reference: a bare QtTicker in an empty event loop, armed for
the same deadlines; its lateness is what the operating system and Qt's
millisecond timers give any program on this machine, at this moment.

Prints ``result {json}`` at the end.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from recoverykit import app as app_module
from recoverykit.core.clock import SystemClock
from recoverykit.core.events import SessionEnded, StepEnded
from recoverykit.core.guidance import StepKind
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.routine import Routine, Side, Step
from recoverykit.core.timing import SessionTiming
from recoverykit.paths import AppPaths
from recoverykit.qt.ticker import QtTicker

LOOKS = [(StepKind.STRETCH, "squats", ()), (StepKind.FOAM_ROLL, "foam-roll-calves", (Side.LEFT, Side.RIGHT)),
         (StepKind.WARMUP, "high-knees", ())]


def routine(steps: int, seconds: float) -> Routine:
    """Many short steps; every few a two-sided one, so sides and pictures change too."""
    made: list[Step] = []
    while sum(max(1, len(s.sides)) for s in made) < steps:
        kind, picture, sides = LOOKS[len(made) % len(LOOKS)]
        if sum(max(1, len(s.sides)) for s in made) + max(1, len(sides)) > steps:
            sides = ()
        made.append(Step(kind, f"Step {len(made) + 1}", seconds, "Keep going.", sides,
                         illustration=picture))
    return Routine("punctuality", "Punctuality", tuple(made))


def bare_timer(qt_app: QApplication, steps: int, seconds: float) -> dict:
    clock = SystemClock()
    ticker = QtTicker()
    lateness: list[float] = []
    deadline = [clock.now() + seconds]

    def fired() -> None:
        lateness.append(clock.now() - deadline[0])
        if len(lateness) >= steps:
            qt_app.quit()
            return
        deadline[0] += seconds
        ticker.arm(max(0.0, deadline[0] - clock.now()))

    ticker.fired.connect(fired)
    ticker.arm(seconds)
    qt_app.exec()
    return {"lateness_s": lateness}


def main() -> int:
    kind, data_dir = sys.argv[1], Path(sys.argv[2])
    steps, seconds = int(sys.argv[3]), float(sys.argv[4])
    qt_app = QApplication([sys.argv[0]])
    if kind == "timer":
        print("result " + json.dumps(bare_timer(qt_app, steps, seconds)), flush=True)
        return 0
    clock = SystemClock()
    library = RoutineLibrary({"punctuality": routine(steps, seconds)})
    timing = SessionTiming(get_ready_s=0, switch_sides_s=0, change_position_s=0)
    built = app_module.build(AppPaths(data_dir, data_dir / "config"), clock=clock,
                             ticker=QtTicker(), timing=timing, library=library,
                             confirm=lambda *args: True)
    lateness: list[float] = []
    wakeups = {"count": 0}
    built.controller.viewChanged.connect(lambda view: wakeups.__setitem__("count", wakeups["count"] + 1))

    def on_events(events: list) -> None:
        for event in events:
            if isinstance(event, StepEnded):
                lateness.append(clock.now() - event.ended_at)
            elif isinstance(event, SessionEnded):
                QTimer.singleShot(0, qt_app.quit)

    built.controller.happened.connect(on_events)
    built.window.show()
    # With this run's own timing (no gaps), not the user's saved pauses.
    QTimer.singleShot(500, lambda: built.window.start_adjusted(library.get("punctuality"), timing))
    qt_app.exec()
    built.close()
    built.window.close()
    print("result " + json.dumps({"lateness_s": lateness, "view_updates": wakeups["count"]}),
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
