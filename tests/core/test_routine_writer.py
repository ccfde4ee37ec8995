"""Writing routines: what is written reads back as the same routine, and nothing invalid is written."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.guidance import StepKind
from recoverykit.core.library import load_library
from recoverykit.core.routine import Routine, Step
from recoverykit.core.routine_file import RoutineError, load_routine_file, parse_routine
from recoverykit.core.routine_writer import (
    free_id,
    routine_path,
    routine_to_toml,
    slug,
    write_routine,
)
from tests.core.routine_strategies import routines


@given(routines())
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_written_routines_parse_back_the_same(routine):
    assert parse_routine(routine_to_toml(routine), "x.toml") == routine


def test_every_builtin_round_trips_through_a_file(tmp_path):
    for routine in load_library(builtin_routines_dir()):
        copy = dataclasses.replace(routine, builtin=False)
        path = write_routine(copy, routine_path(tmp_path, copy.id))
        assert load_routine_file(path) == copy
        assert tomllib.loads(path.read_text("utf-8"))["format"] == "recoverykit-routine"


def test_whole_numbers_are_written_as_integers():
    routine = Routine("r", "R", (Step(StepKind.STRETCH, "Quad", 30.0),))
    text = routine_to_toml(routine)
    assert "duration_s = 30\n" in text
    assert "sides" not in text and "temperature_c" not in text


def test_an_invalid_routine_is_refused_and_nothing_is_written(tmp_path):
    routine = Routine("r", "R", (Step(StepKind.STRETCH, "Quad", 10.0),))
    with pytest.raises(RoutineError) as caught:
        write_routine(routine, tmp_path / "r.toml")
    assert caught.value.field == "duration_s" and caught.value.step == 0
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    good = Routine("r", "R", (Step(StepKind.STRETCH, "Quad", 30.0),))
    path = write_routine(good, tmp_path / "r.toml")
    before = path.read_text()

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("recoverykit.atomic_file.os.replace", refuse)
    with pytest.raises(OSError):
        write_routine(dataclasses.replace(good, name="Changed"), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.toml"]


def test_ids_from_names_and_free_ids():
    assert slug("My Cool-down: Legs!") == "my-cool-down-legs"
    assert slug("简体") == "routine"
    assert free_id("Cooldown", {"cooldown", "cooldown-2"}) == "cooldown-3"
    assert free_id("new", set()) == "new"
