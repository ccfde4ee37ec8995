"""Messages for people as data: a code (the English template) and its arguments.

The core never builds a finished sentence for a rule it enforces; it returns
a :class:`Message`, which is also its English text (the command line, logs,
exceptions); the window renders the same message through ``tr()``
(``recoverykit/qt/messages.py``), so every rule reads in the user's language.
Templates name their arguments in braces, ``"at most {limit} characters"``;
an argument may itself be a Message. Numbers are written the short way
(``30``, ``2.5``). tools/update_translations.py collects every template
written as ``msg("…")`` in the package into the catalogues.
"""

from __future__ import annotations


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class Message(str):
    """One message: ``code`` is its English template, ``args`` the values it names.

    A Message is also the English text itself (a ``str``), so code that
    prints, joins or compares messages needs no change; only a translated
    rendering needs :meth:`render`.
    """

    code: str
    args: tuple[tuple[str, object], ...]

    def __new__(cls, code: str, args: tuple[tuple[str, object], ...] = ()) -> Message:
        english = code.format(**{name: str(value) if isinstance(value, Message) else _plain(value)
                                 for name, value in args})
        made = super().__new__(cls, english)
        made.code, made.args = code, args
        return made

    def __getnewargs__(self) -> tuple:
        # Pickled (e.g. sent back from a worker process) as its template and arguments, not its text.
        return (self.code, self.args)

    def render(self, translate) -> str:
        """The message with ``translate`` applied to this template and to every nested message's."""
        values = {name: value.render(translate) if isinstance(value, Message) else _plain(value)
                  for name, value in self.args}
        return translate(self.code).format(**values)


def msg(code: str, **args: object) -> Message:
    """A Message with the template ``code``; write the template as a literal, so it can be extracted."""
    return Message(code, tuple(args.items()))


def seconds(value: float) -> Message:
    return msg("{value} s", value=float(value))


def clock_minutes(value_s: float) -> Message | str:
    """A duration as minutes and seconds, "12:30 min" (a value that is not finite as it is)."""
    if value_s != value_s or value_s in (float("inf"), float("-inf")):
        return str(value_s)
    minutes, secs = divmod(round(value_s), 60)
    return msg("{minutes}:{seconds} min", minutes=minutes, seconds=f"{secs:02d}")


def duration_as(limit_s: float, value_s: float) -> Message | str:
    """``value_s`` in the unit a limit of ``limit_s`` is written in (minutes from 10 min), so a
    message has one unit: "at most 20 min (got 30:00 min)", "30-60 s (got 100 s)"."""
    return clock_minutes(value_s) if limit_s >= 600 else seconds(value_s)


def celsius(value: float) -> Message:
    return msg("{value} °C", value=float(value))


def got(reason: Message, shown: object) -> Message:
    """A broken bound with the value that broke it."""
    return msg("{reason} (got {value})", reason=reason, value=shown)


def joined(parts: list[object]) -> Message:
    """Parts written one after another with ": " between them ("file.toml: step 2: name: why")."""
    code = ": ".join("{p%d}" % number for number in range(len(parts)))
    return Message(code, tuple((f"p{number}", part) for number, part in enumerate(parts)))


def sentences(parts: list[object]) -> Message:
    """Whole sentences written one after another with a space between them."""
    code = " ".join("{p%d}" % number for number in range(len(parts)))
    return Message(code, tuple((f"p{number}", part) for number, part in enumerate(parts)))


def of_error(exc: BaseException) -> str:
    """What an exception says: its Message when it was raised with one (so it can be translated), else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)
