"""Thin Qt adapters between the pure core and the widgets."""

from recoverykit.qt.source_cache import read_sources_lightly

# First thing once Qt is in use, before the window's modules are imported (see source_cache.py).
read_sources_lightly()
