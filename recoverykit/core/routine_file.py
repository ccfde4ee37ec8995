"""Reading and validating routine files (TOML).

The format is a public contract, documented in docs/routine-format.md. Every
problem is reported as a :class:`RoutineError` that names the file, the step
and the field, in words a user can act on. Nothing in a file is evaluated.
"""

from __future__ import annotations

import math
import re
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from recoverykit.core.guidance import StepKind
from recoverykit.core.journal import AREAS
from recoverykit.core.messages import Message, joined, msg
from recoverykit.core.routine import BOTH_SIDES, Routine, Side, Step
from recoverykit.core.step_rules import (
    MAX_TEXT,
    duration_problem,
    modality_problem,
    name_problem,
    temperature_problem,
)

FORMAT_NAME = "recoverykit-routine"
FORMAT_VERSION = 1
#: Routine files are small; anything larger is not a routine.
MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 200
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

_ROUTINE_KEYS = {"format", "version", "id", "name", "description", "source", "steps"}
_STEP_KEYS = {
    "kind",
    "name",
    "duration_s",
    "instruction",
    "sides",
    "temperature_c",
    "modality",
    "illustration",
    "safety",
    "source",
    "areas",
}


class RoutineError(ValueError):
    """A routine file that cannot be used, with where and why."""

    def __init__(
        self, origin: str, message: Message, *, step: int | None = None,
        step_name: str | None = None, field: str | None = None,
    ) -> None:
        self.origin = origin
        self.step = step
        self.field = field
        self.reason = message
        where: list[object] = [origin]
        if step is not None:
            where.append(msg("step {number} ({name})", number=step + 1, name=step_name) if step_name
                         else msg("step {number}", number=step + 1))
        if field is not None:
            where.append(field)
        #: The whole error as a Message: file, step and field, then why (translated in the window).
        self.message = joined([*where, message])
        super().__init__(str(self.message))


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read and validate one routine file."""
    origin = path.name
    try:
        info = path.stat()
        # Checked before opening: a FIFO would block the open, a device never ends.
        if not stat.S_ISREG(info.st_mode):
            raise RoutineError(origin, msg("is not a plain file (a routine is a .toml text file)"))
        if info.st_size > MAX_FILE_BYTES:
            raise RoutineError(origin, msg("file is {size} bytes; a routine file is at most {limit}",
                                               size=info.st_size, limit=MAX_FILE_BYTES))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more, whatever stat said
    except OSError as exc:
        raise RoutineError(origin, msg("cannot be read ({why})", why=exc.strerror or str(exc))) from exc
    return parse_routine(data, origin, builtin=builtin)


def parse_routine(data: bytes | str, origin: str, *, builtin: bool = False) -> Routine:
    """Parse routine TOML text; ``origin`` names it in error messages."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise RoutineError(origin, msg("a routine file is at most {limit} bytes", limit=MAX_FILE_BYTES))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RoutineError(origin, msg("is not UTF-8 text (byte {byte})", byte=exc.start)) from exc
    else:
        text = data
    # Editors on Windows start UTF-8 files with a byte-order mark; TOML itself has none.
    text = text.removeprefix("\ufeff")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError(origin, msg("is not valid TOML ({why})", why=str(exc))) from exc
    except ValueError as exc:  # a whole number with thousands of digits
        raise RoutineError(origin, msg("holds a number too long to read ({why})", why=str(exc)[:80])) from exc
    except RecursionError as exc:  # arrays or tables nested thousands deep
        raise RoutineError(origin, msg("is nested too deeply to read")) from exc
    return routine_from_mapping(doc, origin, builtin=builtin)


def routine_from_mapping(doc: Mapping[str, Any], origin: str, *, builtin: bool = False) -> Routine:
    """Validate an already-parsed routine document."""
    _reject_unknown(doc, _ROUTINE_KEYS, origin)
    fmt = doc.get("format")
    if fmt != FORMAT_NAME:
        raise RoutineError(origin, msg('must say format = "{name}"', name=FORMAT_NAME), field="format")
    version = doc.get("version")
    if type(version) is not int:
        raise RoutineError(origin, msg("must be a whole number"), field="version")
    if version > FORMAT_VERSION:
        raise RoutineError(
            origin,
            msg("was written for a newer recoverykit (format version {version}; this one reads {known})",
                version=version, known=FORMAT_VERSION),
            field="version",
        )
    if version < 1:
        raise RoutineError(origin, msg("must be 1 or more"), field="version")
    routine_id = _text(doc, "id", origin, required=True)
    if not ID_PATTERN.match(routine_id):
        raise RoutineError(
            origin, msg("use lower-case letters, digits and dashes (at most 64)"), field="id"
        )
    name = _text(doc, "name", origin, required=True)
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise RoutineError(origin, msg("a routine needs at least one [[steps]] table"), field="steps")
    if len(raw_steps) > MAX_STEPS:
        raise RoutineError(origin, msg("at most {limit} steps", limit=MAX_STEPS), field="steps")
    steps = tuple(_step(raw, i, origin) for i, raw in enumerate(raw_steps))
    return Routine(
        id=routine_id,
        name=name,
        steps=steps,
        description=_text(doc, "description", origin),
        source=_text(doc, "source", origin),
        builtin=builtin,
    )


def _step(raw: Any, index: int, origin: str) -> Step:
    if not isinstance(raw, Mapping):
        raise RoutineError(origin, msg("must be a table"), step=index)
    name = raw.get("name") if isinstance(raw.get("name"), str) else None
    if name is not None and len(name) > 60:  # named in the message, so kept readable
        name = name[:59] + "…"

    def fail(field: str, message: Message) -> RoutineError:
        return RoutineError(origin, message, step=index, step_name=name, field=field)

    unknown = sorted(set(raw) - _STEP_KEYS)
    if unknown:
        raise fail(unknown[0], msg("is not a step field this version knows"))
    kind_text = raw.get("kind")
    try:
        kind = StepKind(kind_text)
    except ValueError:
        choices = ", ".join(k.value for k in StepKind)
        raise fail("kind", msg("must be one of {choices} (got {value})", choices=choices,
                                value=repr(kind_text))) from None
    if not isinstance(raw.get("name"), str):
        raise fail("name", msg("every step needs a name"))
    problem = name_problem(raw["name"])
    if problem:
        raise fail("name", problem)
    modality = raw.get("modality")
    modality = modality if isinstance(modality, str) and modality else None
    duration = raw.get("duration_s")
    if type(duration) not in (int, float):
        raise fail("duration_s", msg("must be a number of seconds"))
    if not math.isfinite(duration) or duration <= 0:
        raise fail("duration_s", msg("must be a positive number of seconds (got {value})", value=repr(duration)))
    problem = duration_problem(kind, duration, modality)
    if problem:
        raise fail("duration_s", problem)
    sides = _sides(raw.get("sides", []), fail)
    areas = _areas(raw.get("areas", []), fail)
    temperature = raw.get("temperature_c")
    if temperature is not None:
        if type(temperature) not in (int, float) or not math.isfinite(temperature):
            raise fail("temperature_c", msg("must be a number of degrees Celsius"))
        problem = temperature_problem(kind, temperature, modality)
        if problem:
            raise fail("temperature_c", problem)
    problem = modality_problem(kind, modality)
    if problem:
        raise fail("modality", problem)
    texts = {}
    for key in ("instruction", "modality", "illustration", "safety", "source"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise fail(key, msg("must be text"))
        if len(value) > MAX_TEXT:
            raise fail(key, msg("at most {limit} characters", limit=MAX_TEXT))
        texts[key] = value
    return Step(
        kind=kind,
        name=raw["name"].strip(),
        duration_s=float(duration),
        instruction=texts["instruction"].strip(),
        sides=sides,
        temperature_c=float(temperature) if temperature is not None else None,
        modality=texts["modality"] or None,
        illustration=texts["illustration"] or None,
        safety=texts["safety"].strip(),
        source=texts["source"].strip(),
        areas=areas,
    )


def _areas(value: Any, fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail("areas", msg("must be a list of body areas, e.g. [\"calves\", \"hamstrings\"]"))
    unknown = [v for v in value if v not in AREAS]
    if unknown:
        raise fail("areas", msg("{area} is not a body area; use {choices}", area=repr(unknown[0][:40]),
                                choices=", ".join(AREAS)))
    if len(set(value)) != len(value):
        raise fail("areas", msg("names an area twice"))
    return tuple(value)


def _sides(value: Any, fail) -> tuple[Side, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail("sides", msg('must be [] or ["left", "right"]'))
    if not value:
        return ()
    try:
        sides = tuple(Side(v) for v in value)
    except ValueError:
        raise fail("sides", msg('must be [] or ["left", "right"]')) from None
    if sorted(sides) != sorted(BOTH_SIDES):
        raise fail("sides", msg("a one-leg step is done on both sides: list left and right once each"))
    return sides


def _text(doc: Mapping[str, Any], key: str, origin: str, *, required: bool = False) -> str:
    value = doc.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise RoutineError(origin, msg("must be text and not empty") if required else msg("must be text"), field=key)
    if len(value) > MAX_TEXT:
        raise RoutineError(origin, msg("at most {limit} characters", limit=MAX_TEXT), field=key)
    return value.strip()


def _reject_unknown(doc: Mapping[str, Any], known: set[str], origin: str) -> None:
    if not isinstance(doc, Mapping):
        raise RoutineError(origin, msg("must be a TOML table"))
    unknown = sorted(set(doc) - known)
    if unknown:
        raise RoutineError(origin, msg("is not a routine field this version knows"), field=unknown[0])
