"""Routine names, descriptions and instructions in the interface language.

The built-in routines' texts are extracted into the .ts files under the
"routines" context by ``python -m tools.update_translations`` and translated
here at display time; the stored history keeps the routine's own words. A
user's own routine has no translation and is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recoverykit.core.messages import Message

CONTEXT = "routines"


def routine_text(text: str) -> str:
    if isinstance(text, Message):  # made for the moment (a suggested session), not a routine file's words
        from recoverykit.qt.messages import message_text

        return message_text(text)
    return QCoreApplication.translate(CONTEXT, text) if text else text
