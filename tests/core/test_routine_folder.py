"""The user's routine folder is untrusted: fuzzed documents, odd files, many files.

Whatever is in the folder, loading returns every good routine and one error,
naming the file (and field), for every bad one; nothing blocks, nothing is
evaluated, nothing raises.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.guidance import BOUNDS, StepKind
from recoverykit.core.library import MAX_USER_FILES, load_library
from recoverykit.core.routine_file import (
    ID_PATTERN,
    MAX_FILE_BYTES,
    RoutineError,
    parse_routine,
)

from .test_routine_file import GOOD


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value == math.inf else "-inf" if value == -math.inf
                                                else repr(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return "[" + ", ".join(toml_value(v) for v in value) + "]"


def toml_document(top: dict, steps: list[dict]) -> str:
    lines = [f"{key} = {toml_value(value)}" for key, value in top.items()]
    for step in steps:
        lines.append("\n[[steps]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in step.items()]
    return "\n".join(lines) + "\n"


scalars = st.one_of(
    st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.text(max_size=12), st.sampled_from(["recoverykit-routine", "mine", "stretch", "heat", "cold", "left"]),
    st.lists(st.sampled_from(["left", "right", "up"]), max_size=3),
)
good_step = {"kind": "stretch", "name": "Quad stretch", "duration_s": 30, "sides": ["left", "right"]}
step_tables = st.fixed_dictionaries({}, optional={
    key: scalars | st.just(value) for key, value in good_step.items()
} | {"temperature_c": scalars, "instruction": scalars, "junk": scalars})
documents = st.tuples(
    st.fixed_dictionaries({}, optional={
        "format": st.just("recoverykit-routine") | scalars, "version": st.just(1) | scalars,
        "id": st.just("mine") | scalars, "name": st.just("Mine") | scalars,
        "description": scalars, "source": scalars, "extra": scalars}),
    st.lists(step_tables, max_size=4),
)


@given(documents)
@settings(max_examples=400, deadline=None)
def test_any_routine_document_is_refused_with_file_and_field_or_is_within_the_bounds(document):
    top, steps = document
    try:
        routine = parse_routine(toml_document(top, steps), "fuzz.toml")
    except RoutineError as error:
        assert str(error).startswith("fuzz.toml")
        assert error.field is None or str(error.field) in str(error)
        return
    assert ID_PATTERN.match(routine.id) and routine.name
    for step in routine.steps:
        assert math.isfinite(step.duration_s) and step.duration_s > 0
        assert BOUNDS[step.kind].check(step.duration_s) is None
        assert step.sides in ((), ("left", "right"), ("right", "left"))
        assert step.temperature_c is None or step.kind in (StepKind.HEAT, StepKind.COLD)


def good(routine_id: str) -> str:
    return GOOD.replace('id = "mine"', f'id = "{routine_id}"')


@given(st.lists(st.one_of(st.binary(max_size=300), st.just(None)), min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_bad_files_never_hide_the_good_ones_and_each_is_named_once(contents):
    with tempfile.TemporaryDirectory() as folder:
        user = Path(folder)
        expected_good, written = set(), []
        for n, data in enumerate(contents):
            name = f"r{n:02d}.toml"
            if data is None:
                (user / name).write_text(good(f"good-{n}"))
                expected_good.add(f"good-{n}")
            else:
                (user / name).write_bytes(data)
            written.append(name)
        library = load_library(builtin_routines_dir(), user)
    user_ids = {r.id for r in library if not r.builtin}
    named = [e.origin for e in library.errors]
    assert expected_good <= user_ids
    assert len(named) == len(set(named))
    good_files = {name for name, data in zip(written, contents, strict=True) if data is None}
    assert set(named) <= set(written) - good_files
    assert len(user_ids) + len(named) == len(written)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_odd_files_are_refused_by_name_without_blocking(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    (user / "good.toml").write_text(good("fine"))
    os.mkfifo(user / "pipe.toml")  # opening it would block for ever
    (user / "endless.toml").symlink_to("/dev/zero")  # reading it would never end
    (user / "folder.toml").mkdir()
    (user / "huge.toml").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    (user / "binary.toml").write_bytes(bytes(range(256)))
    library = load_library(builtin_routines_dir(), user)
    assert library.get("fine") is not None
    errors = {e.origin: str(e) for e in library.errors}
    assert set(errors) == {"pipe.toml", "endless.toml", "folder.toml", "huge.toml", "binary.toml"}
    assert "not a plain file" in errors["pipe.toml"] and "not a plain file" in errors["endless.toml"]
    assert "at most" in errors["huge.toml"] and "UTF-8" in errors["binary.toml"]


def test_a_folder_with_too_many_files_is_read_up_to_the_limit_and_says_so(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    for n in range(MAX_USER_FILES + 3):
        (user / f"r{n:04d}.toml").write_text(good(f"r{n:04d}"))
    library = load_library(builtin_routines_dir(), user)
    assert sum(1 for r in library if not r.builtin) == MAX_USER_FILES
    [error] = library.errors
    assert error.origin == "routines" and f"only the first {MAX_USER_FILES}" in str(error)
