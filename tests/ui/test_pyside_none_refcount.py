"""Regression guard: PySide6 6.12.0 lost a reference to None on every void Qt call.

A countdown label updated ten times a second then aborted the process after
about nine minutes ("Fatal Python error: none_dealloc"). pyproject.toml
excludes that release; this test fails on any release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    bar = QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(f"0:{i % 60:02d}")
        bar.setValue(i % 100)
        label.update()
    after = sys.getrefcount(None)
    # Immortal in 3.12+, counted in 3.11: either way it must not fall.
    assert after >= before - 50, f"None lost {before - after} references"
