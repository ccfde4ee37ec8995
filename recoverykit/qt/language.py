"""Choosing the interface language and loading its translations (the app's and Qt's own).

The ``language`` setting is "system" (follow the system locale), "en" or
"zh_CN". The app's catalogues are ``resources/translations/recoverykit_<locale>.qm``
(compiled from the .ts sources by ``python -m tools.update_translations``); Qt's
own (``qtbase_<locale>.qm``: standard buttons, context menus) come with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recoverykit.assets import resource_root

LANGUAGES = ("en", "zh_CN")
"""The languages the app is translated into (English is the source language)."""


def chosen_locale(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale for the ``language`` setting; "system" follows the system locale."""
    if setting in LANGUAGES:
        return QLocale(setting)
    return system if system is not None else QLocale.system()


def translations_dir() -> str:
    return str(resource_root() / "translations")


class Translations:
    """The translators installed for one locale; ``remove()`` takes them out again."""

    def __init__(self, app: QCoreApplication, locale: QLocale) -> None:
        self._app = app
        self.locale = locale
        self.installed: list[QTranslator] = []
        own = QTranslator(app)
        # Tries recoverykit_zh_CN.qm, then recoverykit_zh.qm, for each of the locale's UI languages.
        if own.load(locale, "recoverykit", "_", translations_dir()):
            self._install(own)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if locale.language() != QLocale.Language.English and qt.load(locale, "qtbase", "_", qt_dir):
            self._install(qt)
        QLocale.setDefault(locale)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self.installed.append(translator)

    def remove(self) -> None:
        for translator in self.installed:
            self._app.removeTranslator(translator)
        self.installed.clear()
        QLocale.setDefault(QLocale.system())


def apply_language(app: QCoreApplication, setting: str) -> Translations:
    """Install the translators for the ``language`` setting; call before any widget is built."""
    return Translations(app, chosen_locale(setting))
