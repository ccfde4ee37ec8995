"""The command line in the user's language, from the same catalogue as the window, without Qt.

The language is the app's setting when one is chosen in Preferences, else the
first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that names
one (as gettext reads them). The words come from the translation source the
window's catalogue is compiled from (``resources/translations/recoverykit_<locale>.ts``,
shipped with the app), read with the standard library: the command line never
imports Qt. A core :class:`Message` is rendered template by template, as the
window renders it; anything without a translation stays English.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from recoverykit.assets import resource_root
from recoverykit.core.messages import Message

#: The context the window's tr() looks the core's templates up in (qt/text.py).
CONTEXT = "recoverykit"
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_from(environ: Mapping[str, str], setting: str = "system") -> str:
    """"zh_CN", "en", …: the setting when chosen, else the environment's first language ("en" if none)."""
    if setting and setting != "system":
        return setting
    for name in ENVIRONMENT:
        value = environ.get(name, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].strip()
            if code and code not in ("C", "POSIX"):
                return code
    return "en"


def _catalogue_file(language: str) -> Path | None:
    folder = resource_root() / "translations"
    for code in (language, language.split("_")[0]):
        path = folder / f"recoverykit_{code}.ts"
        if path.is_file():
            return path
    return None


@cache
def catalogue(language: str) -> dict[str, str]:
    """Source → translation for the window's context, finished translations only ({} for English)."""
    path = _catalogue_file(language) if not language.startswith("en") else None
    if path is None:
        return {}
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                                   "obsolete"):
                continue
            text = translation.text or next((form.text for form in translation.iter("numerusform")), None)
            if text and message.findtext("comment") is None:
                table.setdefault(source, text)
    return table


def translator(language: str) -> Callable[[str], str]:
    table = catalogue(language)
    return lambda text: table.get(text, text)


def words(message: object, language: str) -> str:
    """``message`` in ``language``: a Message template by template, anything else as it is."""
    if isinstance(message, Message):
        return message.render(translator(language))
    return str(message)


def user_language(settings_file: Path | None = None) -> str:
    """The language the command line speaks: the app's setting, else the environment."""
    setting = "system"
    if settings_file is not None:
        from recoverykit.settings import SettingsStore

        setting = SettingsStore(settings_file).settings.language
    return language_from(os.environ, setting)


def speak(thing: object, settings_file: Path | None = None) -> str:
    """An error or a message for the command line, in the user's language (the English text if untranslated)."""
    from recoverykit.core.messages import of_error

    if isinstance(thing, BaseException):
        message = getattr(thing, "message", None)
        thing = message if isinstance(message, Message) else of_error(thing)
    return words(thing, user_language(settings_file))
