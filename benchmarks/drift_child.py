"""Child process: does a long session end at its exact planned end, however long it is?

``python drift_child.py LENGTHS REAL_LENGTH REAL_RATE``
(LENGTHS: comma-separated planned session lengths in seconds.)

Two kinds of run, both through the real SessionController and machine:

* simulated: a ManualClock and a ticker whose every wake-up comes a random
  0-15 ms late (seeded), one run per length;
* real: the SystemClock scaled REAL_RATE times (a ScaledClock) and the real
  QtTicker, one run of REAL_LENGTH planned seconds.

For each run: the planned end (start + get-ready + every slot + every gap,
added up independently of the machine), the end the session recorded
(SessionEnded.at) and the session-clock time at which the controller
reported the end. Prints ``result {json}``.
"""

from __future__ import annotations

import json
import random
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from recoverykit.core.clock import ManualClock, ScaledClock, SystemClock
from recoverykit.core.events import SessionEnded
from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Routine, Side, Step
from recoverykit.core.timing import SessionTiming
from recoverykit.qt.controller import SessionController
from recoverykit.qt.ticker import QtTicker

MAX_LATE_S = 0.015


class LateTicker(QObject):
    """A ticker for a ManualClock: each wake-up comes 0-15 ms after the moment armed for.

    Signals:
        fired(): emitted by ``run``.
    """

    fired = Signal()

    def __init__(self, clock: ManualClock, seed: int) -> None:
        super().__init__()
        self._clock = clock
        self._random = random.Random(seed)
        self.delay: float | None = None
        self.wakeups = 0

    def arm(self, delay_s: float) -> None:
        self.delay = delay_s

    def disarm(self) -> None:
        self.delay = None

    def run(self) -> None:
        while self.delay is not None:
            late = self._random.uniform(0.0, MAX_LATE_S)
            self._clock.advance(self.delay + late)
            self.delay = None
            self.wakeups += 1
            self.fired.emit()


def routine(length_s: float, timing: SessionTiming) -> Routine:
    """Steps of 60 s (every third on both sides), the last one shortened to end at ``length_s``."""
    steps: list[Step] = []
    total = timing.get_ready_s
    while True:
        gap = timing.change_position_s if steps else 0.0
        room = length_s - total - gap
        if room <= 0:
            break
        if len(steps) % 3 == 2 and room >= 120.0 + timing.switch_sides_s:
            steps.append(Step(StepKind.STRETCH, f"Step {len(steps) + 1}", 60.0,
                              sides=(Side.LEFT, Side.RIGHT)))
            total += gap + 120.0 + timing.switch_sides_s
        else:
            seconds = min(60.0, room)
            steps.append(Step(StepKind.STRETCH, f"Step {len(steps) + 1}", seconds))
            total += gap + seconds
    return Routine(f"drift-{length_s:g}", "Drift", tuple(steps))


def planned_length(routine: Routine, timing: SessionTiming) -> float:
    slots = routine.slots
    gaps = sum(timing.switch_sides_s if slots[i - 1].step_index == slots[i].step_index
               else timing.change_position_s for i in range(1, len(slots)))
    return timing.get_ready_s + sum(slot.duration_s for slot in slots) + gaps


def watch(controller: SessionController, clock) -> dict:
    seen: dict[str, float] = {}

    def on_events(events: list) -> None:
        for event in events:
            if isinstance(event, SessionEnded):
                seen["recorded"] = event.at
                seen["seen"] = clock.now()

    controller.happened.connect(on_events)
    return seen


def simulated(length_s: float, seed: int) -> dict:
    clock = ManualClock()
    timing = SessionTiming()
    ticker = LateTicker(clock, seed)
    controller = SessionController(clock, ticker, None, timing)
    seen = watch(controller, clock)
    plan = routine(length_s, timing)
    controller.start(plan)
    start = controller.machine.started_at
    ticker.run()
    planned_end = start + planned_length(plan, timing)
    controller.shutdown()
    return {"planned_s": planned_end - start, "recorded_error_s": seen["recorded"] - planned_end,
            "seen_error_s": seen["seen"] - planned_end, "wakeups": ticker.wakeups}


def real(app: QCoreApplication, length_s: float, rate: float) -> dict:
    clock = ScaledClock(SystemClock(), rate)
    timing = SessionTiming(resync_after_s=2.0 * clock.rate)  # as recoverykit.app.build does
    ticker = QtTicker()
    controller = SessionController(clock, ticker, None, timing)
    seen = watch(controller, clock)
    controller.sessionEnded.connect(lambda summary: QTimer.singleShot(0, app.quit))
    wakeups = {"count": 0}
    ticker.fired.connect(lambda: wakeups.__setitem__("count", wakeups["count"] + 1))
    plan = routine(length_s, timing)
    controller.start(plan)
    start = controller.machine.started_at
    app.exec()
    planned_end = start + planned_length(plan, timing)
    controller.shutdown()
    return {"planned_s": planned_end - start, "rate": rate,
            "recorded_error_s": seen["recorded"] - planned_end,
            "seen_error_s": seen["seen"] - planned_end, "wakeups": wakeups["count"]}


def main() -> int:
    lengths = [float(x) for x in sys.argv[1].split(",")]
    real_length, rate = float(sys.argv[2]), float(sys.argv[3])
    app = QCoreApplication([sys.argv[0]])
    result = {"simulated": [simulated(length, seed=7) for length in lengths],
              "real": real(app, real_length, rate)}
    print("result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
