"""Letting go of the module sources PySide6 reads while the app imports.

For every module imported after it, PySide6 reads the module's source with
``inspect.getsource`` (to see whether it asks for a ``__feature__``), and
``linecache`` keeps every line of it for the life of the process: several
megabytes of text for recoverykit and sqlite-utils that nothing reads again.
The cache is only a cache (a traceback reads the file anew), so the app
empties it after each batch of imports: once the window is built, once
storage is open, and after a page is built on first use.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    linecache.clearcache()
