"""Services: what the app does with the history, journals, data files and routine files.

The layer between the widgets (and the command line) and storage, like
Anki's collection operations: each service has one job, takes its clock and
repository from the composition root, and turns every failure of the disk
or the database into one :class:`StorageError` whose message is for people.
No Qt here either: the widgets call a service, show what it returns or the
error it raised, and keep the user's input when it failed.
"""

from recoverykit.storage.errors import StorageError

__all__ = ["StorageError"]
