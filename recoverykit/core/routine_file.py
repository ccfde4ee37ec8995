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
}


class RoutineError(ValueError):
    """A routine file that cannot be used, with where and why."""

    def __init__(
        self, origin: str, message: str, *, step: int | None = None,
        step_name: str | None = None, field: str | None = None,
    ) -> None:
        self.origin = origin
        self.step = step
        self.field = field
        self.reason = message
        where = [origin]
        if step is not None:
            where.append(f"step {step + 1}" + (f" ({step_name})" if step_name else ""))
        if field is not None:
            where.append(field)
        super().__init__(": ".join(where) + ": " + message)


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read and validate one routine file."""
    origin = path.name
    try:
        info = path.stat()
        # Checked before opening: a FIFO would block the open, a device never ends.
        if not stat.S_ISREG(info.st_mode):
            raise RoutineError(origin, "is not a plain file (a routine is a .toml text file)")
        if info.st_size > MAX_FILE_BYTES:
            raise RoutineError(origin, f"file is {info.st_size} bytes; a routine file is at most {MAX_FILE_BYTES}")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more, whatever stat said
    except OSError as exc:
        raise RoutineError(origin, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_routine(data, origin, builtin=builtin)


def parse_routine(data: bytes | str, origin: str, *, builtin: bool = False) -> Routine:
    """Parse routine TOML text; ``origin`` names it in error messages."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise RoutineError(origin, f"a routine file is at most {MAX_FILE_BYTES} bytes")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RoutineError(origin, f"is not UTF-8 text (byte {exc.start})") from exc
    else:
        text = data
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError(origin, f"is not valid TOML ({exc})") from exc
    return routine_from_mapping(doc, origin, builtin=builtin)


def routine_from_mapping(doc: Mapping[str, Any], origin: str, *, builtin: bool = False) -> Routine:
    """Validate an already-parsed routine document."""
    _reject_unknown(doc, _ROUTINE_KEYS, origin)
    fmt = doc.get("format")
    if fmt != FORMAT_NAME:
        raise RoutineError(origin, f'must say format = "{FORMAT_NAME}"', field="format")
    version = doc.get("version")
    if type(version) is not int:
        raise RoutineError(origin, "must be a whole number", field="version")
    if version > FORMAT_VERSION:
        raise RoutineError(
            origin,
            f"was written for a newer recoverykit (format version {version}; this one reads {FORMAT_VERSION})",
            field="version",
        )
    if version < 1:
        raise RoutineError(origin, "must be 1 or more", field="version")
    routine_id = _text(doc, "id", origin, required=True)
    if not ID_PATTERN.match(routine_id):
        raise RoutineError(
            origin, "use lower-case letters, digits and dashes (at most 64)", field="id"
        )
    name = _text(doc, "name", origin, required=True)
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise RoutineError(origin, "a routine needs at least one [[steps]] table", field="steps")
    if len(raw_steps) > MAX_STEPS:
        raise RoutineError(origin, f"at most {MAX_STEPS} steps", field="steps")
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
        raise RoutineError(origin, "must be a table", step=index)
    name = raw.get("name") if isinstance(raw.get("name"), str) else None

    def fail(field: str, message: str) -> RoutineError:
        return RoutineError(origin, message, step=index, step_name=name, field=field)

    unknown = sorted(set(raw) - _STEP_KEYS)
    if unknown:
        raise fail(unknown[0], "is not a step field this version knows")
    kind_text = raw.get("kind")
    try:
        kind = StepKind(kind_text)
    except ValueError:
        choices = ", ".join(k.value for k in StepKind)
        raise fail("kind", f"must be one of {choices} (got {kind_text!r})") from None
    if not isinstance(raw.get("name"), str):
        raise fail("name", "every step needs a name")
    problem = name_problem(raw["name"])
    if problem:
        raise fail("name", problem)
    modality = raw.get("modality")
    modality = modality if isinstance(modality, str) and modality else None
    duration = raw.get("duration_s")
    if type(duration) not in (int, float):
        raise fail("duration_s", "must be a number of seconds")
    if not math.isfinite(duration) or duration <= 0:
        raise fail("duration_s", f"must be a positive number of seconds (got {duration!r})")
    problem = duration_problem(kind, duration, modality)
    if problem:
        raise fail("duration_s", problem)
    sides = _sides(raw.get("sides", []), fail)
    temperature = raw.get("temperature_c")
    if temperature is not None:
        if type(temperature) not in (int, float) or not math.isfinite(temperature):
            raise fail("temperature_c", "must be a number of degrees Celsius")
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
            raise fail(key, "must be text")
        if len(value) > MAX_TEXT:
            raise fail(key, f"at most {MAX_TEXT} characters")
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
    )


def _sides(value: Any, fail) -> tuple[Side, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail("sides", 'must be [] or ["left", "right"]')
    if not value:
        return ()
    try:
        sides = tuple(Side(v) for v in value)
    except ValueError:
        raise fail("sides", 'must be [] or ["left", "right"]') from None
    if sorted(sides) != sorted(BOTH_SIDES):
        raise fail("sides", "a one-leg step is done on both sides: list left and right once each")
    return sides


def _text(doc: Mapping[str, Any], key: str, origin: str, *, required: bool = False) -> str:
    value = doc.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise RoutineError(origin, "must be text" + (" and not empty" if required else ""), field=key)
    if len(value) > MAX_TEXT:
        raise RoutineError(origin, f"at most {MAX_TEXT} characters", field=key)
    return value.strip()


def _reject_unknown(doc: Mapping[str, Any], known: set[str], origin: str) -> None:
    if not isinstance(doc, Mapping):
        raise RoutineError(origin, "must be a TOML table")
    unknown = sorted(set(doc) - known)
    if unknown:
        raise RoutineError(origin, "is not a routine field this version knows", field=unknown[0])
