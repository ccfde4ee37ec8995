"""Writing a file so that it is either all there or not changed at all.

The text goes to a temporary file beside the target, is flushed to the disk,
and is renamed over the target. A failure (disk full, no permission) leaves
the old file as it was and no temporary file behind, and raises OSError.
Used for settings, routine files and exports alike.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path``, readable by the user alone; OSError on failure."""
    folder = Path(path).resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
