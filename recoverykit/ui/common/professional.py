"""The one "when to see a professional" text: help, About, the red-flag notices and the README say it alike.

Written once here so it cannot drift; the README quotes the English words
(tests/ui/test_one_voice.py keeps them the same).
"""

from __future__ import annotations

from recoverykit.qt.text import tr


def companion_text() -> str:
    return tr("recoverykit is a companion, not a medical device: it does not diagnose or treat anything, and "
              "does not replace a doctor or physiotherapist.")


def professional_text() -> str:
    return tr("See a sports physiotherapist or a doctor for sharp pain, swelling, numbness or tingling, pain that "
              "gets worse despite rest, or soreness still severe after more than 3 days. After a fall or a "
              "twist, have it checked before any massage or rolling.")


def urgent_text() -> str:
    return tr("Get medical help today for a hot, swollen, painful calf, dark (cola-coloured) urine after hard "
              "exercise, or chest pain, fainting or breathlessness.")
