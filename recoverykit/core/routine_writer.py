"""Writing routines as TOML files in the public routine format (docs/routine-format.md).

The writer only writes what the reader accepts: a routine is checked with the
same rules before anything touches the disk, and a file is written to a
temporary name and renamed, so a failed save never leaves half a routine.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import tomli_w

from recoverykit.atomic_file import write_atomically
from recoverykit.core.routine import Routine, Step
from recoverykit.core.routine_file import FORMAT_NAME, FORMAT_VERSION, routine_from_mapping


def _number(value: float) -> int | float:
    """Whole seconds and degrees are written as integers, as people write them."""
    return int(value) if float(value).is_integer() else float(value)


def step_to_mapping(step: Step) -> dict[str, Any]:
    table: dict[str, Any] = {"kind": step.kind.value, "name": step.name,
                             "duration_s": _number(step.duration_s)}
    if step.sides:
        table["sides"] = [side.value for side in step.sides]
    if step.temperature_c is not None:
        table["temperature_c"] = _number(step.temperature_c)
    if step.areas:
        table["areas"] = list(step.areas)
    for key in ("modality", "illustration", "instruction", "safety", "source"):
        value = getattr(step, key)
        if value:
            table[key] = value
    return table


def routine_to_mapping(routine: Routine) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                           "id": routine.id, "name": routine.name}
    if routine.description:
        doc["description"] = routine.description
    if routine.source:
        doc["source"] = routine.source
    doc["steps"] = [step_to_mapping(step) for step in routine.steps]
    return doc


def routine_to_toml(routine: Routine) -> str:
    """The routine as TOML text; raises RoutineError if the reader would refuse it."""
    doc = routine_to_mapping(routine)
    routine_from_mapping(doc, f"{routine.id}.toml")  # the same rules as reading it back
    steps = doc.pop("steps")
    # One [[steps]] table per step, as the built-in files are laid out (tomli-w would inline them).
    parts = [tomli_w.dumps(doc)]
    parts += ["[[steps]]\n" + tomli_w.dumps(step) for step in steps]
    return "\n".join(parts)


def routine_path(folder: Path, routine_id: str) -> Path:
    return folder / f"{routine_id}.toml"


def write_routine(routine: Routine, path: Path) -> Path:
    """Write ``routine`` to ``path`` atomically; raises RoutineError or OSError."""
    text = routine_to_toml(routine)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, text)
    return path


def slug(text: str) -> str:
    """A routine id made from a name: lower-case letters, digits and dashes."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48].strip("-")
    return cleaned or "routine"


def free_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is not taken."""
    base = slug(base)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
