"""Keeping PySide6 from caching the source of every module the app imports.

For every module imported after it, PySide6 asks whether the module uses
PySide6 (to know whether its ``__feature__`` switches apply) by reading the
module's whole source with ``inspect.getsource`` and looking for the word.
``linecache`` then keeps every line of every module for the life of the
process: megabytes of small strings for recoverykit and sqlite-utils that
nothing reads again, interleaved with the modules' own objects so that the
memory is not given back once the cache is emptied.

``read_sources_lightly`` (called when ``recoverykit.qt`` is first imported,
so before the window's modules) answers PySide6's question from the file's
bytes instead, with the same answer and nothing cached. Where it cannot be
installed (another PySide6 layout), ``forget_module_sources`` still empties
the cache after each batch of imports: once the window is built, once
storage is open, and after a page is built on first use.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

#: Where PySide6 keeps the check (``shibokensupport.feature._mod_uses_pyside``, PySide6 6.x).
_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def read_sources_lightly() -> bool:
    """Replace PySide6's source check with one that caches nothing; True if it is in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_lightly", False):
        return True
    setattr(feature, _CHECK, _light_check(original))
    return True


def _light_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # packaged without sources, or not Python: PySide6's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_lightly = True  # type: ignore[attr-defined]
    return uses_pyside


def forget_module_sources() -> None:
    linecache.clearcache()
