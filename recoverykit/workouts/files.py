"""From a path to outcomes: which files are workouts, unwrapped from .gz and .zip, folders walked.

``read_path`` never raises for a bad file: every file ends as an ``Outcome``
holding its workouts, or a one-line reason it was refused. The format is
told by the file's first bytes, not only its name (a FIT file named .bin
still reads; a text file named .fit is refused).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from recoverykit.core.messages import Message, msg
from recoverykit.workouts.fit import NotAWorkout, read_fit
from recoverykit.workouts.model import WORKOUT_SUFFIXES, Workout

#: Larger files are refused unread: a 10-hour ride with 1 s recording is about 5 MB.
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its workouts, or the reason it was refused (one line, names the file)."""

    file: str
    workouts: tuple[Workout, ...] = ()
    refused: Message | None = None


def _refused(file: str, reason) -> Outcome:
    """The one-line refusal: the file, then why (a core Message, so the window can translate it)."""
    return Outcome(file, refused=msg("{file}: {reason}", file=file, reason=reason))


def _kind(head: bytes) -> str | None:
    if len(head) >= 12 and head[8:12] == b".FIT":
        return "fit"
    if head[:2] == b"\x1f\x8b":
        return "gz"
    if head[:4] == b"PK\x03\x04":
        return "zip"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        if b"<gpx" in head.lower():
            return "gpx"
        if b"trainingcenterdatabase" in head.lower():
            return "tcx"
        return "xml"
    return None


def _parse(name: str, data: bytes) -> Outcome:
    if not data:
        return _refused(name, msg("the file is empty"))
    kind = _kind(data[:4096])
    try:
        if kind == "fit":
            workouts, _ = read_fit(data)
        elif kind in ("gpx", "tcx"):
            if b"<!ENTITY" in data[:65536].upper():
                return _refused(name, msg("the file declares XML entities, which are not read (a workout export "
                                          "never needs them)"))
            if kind == "gpx":
                from recoverykit.workouts.gpx import read_gpx

                workouts = read_gpx(data.decode("utf-8-sig", errors="replace"))
            else:
                from recoverykit.workouts.tcx import read_tcx

                workouts = read_tcx(data)
        elif kind == "xml":
            return _refused(name, msg("an XML file that is neither GPX nor TCX"))
        else:
            return _refused(name, msg("not a FIT, GPX or TCX file"))
    except NotAWorkout as exc:
        return _refused(name, exc.args[0])
    except (ValueError, EOFError, RecursionError, IndexError, KeyError, TypeError, OverflowError,
            AssertionError) as exc:
        # Decoders raise these on damaged bytes; none of them may reach the user as a traceback.
        return _refused(name, msg("the file is damaged and nothing could be read ({why})",
                                  why=f"{type(exc).__name__}: {str(exc)[:80]}"))
    digest = hashlib.sha256(data).hexdigest()
    base = os.path.basename(name)
    return Outcome(name, tuple(replace(workout, source_file=base, sha256=digest) for workout in workouts))


def _from_gzip(name: str, data: bytes) -> Outcome:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            content = unpacked.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, ValueError) as exc:
        return _refused(name, msg("a damaged .gz file ({why})", why=str(exc)[:80]))
    if len(content) > MAX_FILE_BYTES:
        return _refused(name, msg("unpacks to more than {mb} MB", mb=MAX_FILE_BYTES // 2**20))
    if _kind(content[:4096]) in ("gz", "zip"):
        return _refused(name, msg("an archive inside an archive is not opened"))
    outcome = _parse(inner, content)
    if outcome.refused is None:
        return replace(outcome, file=name)
    return _refused(name, dict(outcome.refused.args)["reason"])  # named as the .gz, not what is inside


def _from_zip(name: str, data: bytes) -> Iterator[Outcome]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield _refused(name, msg("a damaged .zip file ({why})", why=str(exc)[:80]))
        return
    wanted = [info for info in members if info.filename.lower().endswith(WORKOUT_SUFFIXES)
              and not info.filename.lower().endswith(".zip")]
    if not wanted:
        yield _refused(name, msg("a .zip with no FIT, GPX or TCX file in it"))
        return
    for info in wanted:
        label = f"{name}/{info.filename}"
        if info.file_size > MAX_FILE_BYTES:
            yield _refused(label, msg("the file is over {mb} MB", mb=MAX_FILE_BYTES // 2**20))
            continue
        try:
            with archive.open(info) as member:
                content = member.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as exc:  # RuntimeError: encrypted
            yield _refused(label, msg("cannot be unpacked ({why})", why=str(exc)[:80]))
            continue
        yield _from_gzip(label, content) if label.lower().endswith(".gz") else _parse(label, content)


def read_file(path: Path, label: str | None = None) -> Iterator[Outcome]:
    """Outcomes for one file (several for a .zip)."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield _refused(name, msg("not a plain file"))
            return
        if size > MAX_FILE_BYTES:
            yield _refused(name, msg("the file is over {mb} MB, larger than any workout", mb=MAX_FILE_BYTES // 2**20))
            return
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        yield _refused(name, msg("cannot be read ({why})", why=exc.strerror or str(exc)))
        return
    kind = _kind(data[:4096])
    if kind == "gz":
        yield _from_gzip(name, data)
    elif kind == "zip":
        yield from _from_zip(name, data)
    else:
        yield _parse(name, data)


def workout_files(folder: Path) -> list[Path]:
    """Every workout-looking file under ``folder``, recursively, in name order."""
    found = []
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs.sort()
        for file in sorted(files):
            if file.lower().endswith(WORKOUT_SUFFIXES) and not file.startswith("."):
                found.append(Path(root) / file)
    return found


def read_path(path: Path) -> Iterator[Outcome]:
    """Outcomes for a file, or for every workout file in a folder (recursively)."""
    if path.is_dir():
        files = workout_files(path)
        if not files:
            yield _refused(str(path), msg("no FIT, GPX or TCX files in this folder"))
        for file in files:
            yield from read_file(file)
    elif not path.exists():
        yield _refused(str(path), msg("no such file or folder"))
    else:
        yield from read_file(path)
