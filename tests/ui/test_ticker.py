"""The real QtTicker: one precise single-shot timer, never early."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recoverykit.qt.ticker import QtTicker


def test_arm_rounds_up_to_whole_milliseconds_and_is_precise(qtbot):
    ticker = QtTicker()
    ticker.arm(0.0101)
    assert ticker.armed
    assert ticker._timer.interval() == 11
    assert ticker._timer.timerType() == Qt.TimerType.PreciseTimer
    assert ticker._timer.isSingleShot()
    ticker.disarm()
    assert not ticker.armed


def test_it_fires_once_across_the_event_loop(qtbot):
    ticker = QtTicker()
    with qtbot.waitSignal(ticker.fired, timeout=2000):
        ticker.arm(0.001)
    assert not ticker.armed
