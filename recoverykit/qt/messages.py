"""Core messages (recoverykit/core/messages.py) in the user's language."""

from __future__ import annotations

from recoverykit.core.messages import Message, of_error
from recoverykit.qt.text import tr


def message_text(message: Message | str | None, capital: bool = False) -> str:
    """``message`` through ``tr()``, nested messages too; ``capital`` starts it with a capital letter."""
    if message is None:
        return ""
    text = message.render(tr) if isinstance(message, Message) else tr(message)
    return text[:1].upper() + text[1:] if capital else text


def error_text(exc: BaseException) -> str:
    """What an exception says, in the user's language when it was raised with a core Message."""
    return message_text(of_error(exc))
