"""The storage types the pages and the controller name, in one module the UI may import.

Widgets never import ``recoverykit.storage`` (tests/ui/test_layers.py); the
rows and plans they show come from here. Importing this module loads the
storage modules (sqlite-utils among them), so the modules of the first screen
import it only under TYPE_CHECKING; the pages built later import it freely.
"""

from __future__ import annotations

from recoverykit.storage.history_query import HistoryFilter, SessionListing
from recoverykit.storage.history_records import Record
from recoverykit.storage.recovery import ResumePlan
from recoverykit.storage.rows import SessionRow, StepRow
from recoverykit.storage.sessions import SessionRepository

__all__ = ["HistoryFilter", "Record", "ResumePlan", "SessionListing", "SessionRepository", "SessionRow", "StepRow"]
