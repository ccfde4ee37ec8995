"""Routine files: the built-ins are valid, bad files fail with file, step and field named."""

from __future__ import annotations

import tomllib

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.guidance import StepKind
from recoverykit.core.library import load_library
from recoverykit.core.routine import Side
from recoverykit.core.routine_file import (
    MAX_FILE_BYTES,
    RoutineError,
    load_routine_file,
    parse_routine,
)

GOOD = """
format = "recoverykit-routine"
version = 1
id = "mine"
name = "My routine"

[[steps]]
kind = "stretch"
name = "Quad stretch"
duration_s = 30
sides = ["left", "right"]
source = "guidance 001"

[[steps]]
kind = "heat"
name = "Hot towel"
duration_s = 900
temperature_c = 40
"""


def with_step_field(line: str, step: int = 1) -> str:
    """GOOD with one extra line appended to step ``step`` (1-based)."""
    parts = GOOD.split("[[steps]]")
    parts[step] = parts[step].rstrip() + "\n" + line + "\n"
    return "[[steps]]".join(parts)


def test_a_good_file_parses():
    routine = parse_routine(GOOD, "mine.toml")
    assert routine.id == "mine"
    assert routine.steps[0].sides == (Side.LEFT, Side.RIGHT)
    assert routine.steps[1].temperature_c == 40.0
    assert [s.side for s in routine.slots] == [Side.LEFT, Side.RIGHT, None]
    assert routine.total_s == 60 + 900


def test_builtin_routines_are_all_valid_and_follow_the_guidance():
    library = load_library(builtin_routines_dir())
    assert library.errors == []
    assert list(library.routines) == ["cooldown", "leg-day", "foam-roll", "massage-gun", "hand-massage", "contrast",
                                      "warmup"]
    for routine in library:
        assert routine.source, routine.id
        for step in routine.steps:
            assert step.source, (routine.id, step.name)
            assert step.instruction, (routine.id, step.name)
            if step.kind is StepKind.STRETCH:
                assert step.duration_s >= 20
                assert step.two_sided
            if step.kind is StepKind.FOAM_ROLL:
                assert 30 <= step.duration_s <= 60
            if step.kind is StepKind.MASSAGE_GUN:
                assert 60 <= step.duration_s <= 90
    cooldown = library.get("cooldown")
    assert cooldown.steps[0].kind is StepKind.ACTIVE and cooldown.steps[0].duration_s == 600
    names = " ".join(s.name.lower() for s in cooldown.steps)
    for muscle in ("quad", "hamstring", "calf", "hip-flexor", "glute"):
        assert muscle in names
    contrast = library.get("contrast")
    assert [(s.kind, s.duration_s, s.temperature_c) for s in contrast.steps] == [
        (StepKind.COLD, 600, None), (StepKind.HEAT, 900, 40)]


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (with_step_field("duration_s = 10").replace("duration_s = 30\n", ""), "duration_s", "at least 20 s"),
        (GOOD.replace('kind = "stretch"', 'kind = "foam_roll"').replace("duration_s = 30", "duration_s = 75")
         .replace('sides = ["left", "right"]', "sides = []"), "duration_s", "30–60 s"),
        (GOOD.replace('kind = "stretch"', 'kind = "massage_gun"'), "duration_s", "60–90 s"),
        (GOOD.replace('kind = "heat"', 'kind = "cold"').replace("temperature_c = 40\n", "")
         .replace("duration_s = 900", "duration_s = 1500"), "duration_s", "at most 20 min each time"),
        (GOOD.replace("duration_s = 30", "duration_s = nan"), "duration_s", "positive"),
        (GOOD.replace("duration_s = 30", "duration_s = inf"), "duration_s", "positive"),
        (GOOD.replace("duration_s = 30", "duration_s = -5"), "duration_s", "positive"),
        (GOOD.replace("duration_s = 30", 'duration_s = "30"'), "duration_s", "number"),
        (GOOD.replace("duration_s = 30", "duration_s = true"), "duration_s", "number"),
        (GOOD.replace('kind = "stretch"', 'kind = "yoga"'), "kind", "must be one of"),
        (GOOD.replace('sides = ["left", "right"]', 'sides = ["left"]'), "sides", "both sides"),
        (GOOD.replace('sides = ["left", "right"]', 'sides = ["up", "down"]'), "sides", "left"),
        (GOOD.replace("temperature_c = 40", "temperature_c = 60"), "temperature_c", "30–45 °C"),
        (with_step_field("temperature_c = 40"), "temperature_c", "only heat and cold"),
        (with_step_field("colour = 'red'"), "colour", "not a step field"),
        (GOOD.replace('name = "Quad stretch"', 'name = ""'), "name", "needs a name"),
    ],
)
def test_bad_steps_name_file_step_and_field(text, field, words):
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, "mine.toml")
    error = caught.value
    assert error.field == field
    assert error.step is not None
    assert str(error).startswith("mine.toml: step ")
    assert words in str(error)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (GOOD.replace('format = "recoverykit-routine"', 'format = "other"'), "format", "recoverykit-routine"),
        (GOOD.replace("version = 1", "version = 7"), "version", "newer recoverykit"),
        (GOOD.replace('id = "mine"', 'id = "My Routine!"'), "id", "lower-case"),
        (GOOD.replace('name = "My routine"', "name = 5"), "name", "text"),
        (GOOD.split("[[steps]]")[0], "steps", "at least one"),
        ("extra = 1\n" + GOOD, "extra", "not a routine field"),
    ],
)
def test_bad_routines_name_the_field(text, field, words):
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, "mine.toml")
    assert caught.value.field == field
    assert words in str(caught.value)


def test_not_toml_and_not_utf8_and_too_big(tmp_path):
    with pytest.raises(RoutineError, match="not valid TOML"):
        parse_routine("id = [", "x.toml")
    with pytest.raises(RoutineError, match="not UTF-8"):
        parse_routine(b"\xff\xfe\x00", "x.toml")
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(RoutineError, match="at most"):
        load_routine_file(big)
    with pytest.raises(RoutineError, match="cannot be read"):
        load_routine_file(tmp_path / "missing.toml")


def test_one_bad_user_file_does_not_hide_the_good_ones(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    (user / "good.toml").write_text(GOOD)
    (user / "bad.toml").write_text(
        GOOD.replace('id = "mine"', 'id = "bad"').replace("duration_s = 30", "duration_s = 5"))
    (user / "clash.toml").write_text(GOOD.replace('id = "mine"', 'id = "cooldown"'))
    library = load_library(builtin_routines_dir(), user)
    assert library.get("mine") is not None
    assert library.get("bad") is None
    assert library.get("cooldown").builtin
    assert sorted(e.origin for e in library.errors) == ["bad.toml", "clash.toml"]


toml_scalars = st.one_of(
    st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=True), st.text(max_size=20),
    st.booleans(), st.lists(st.text(max_size=5), max_size=3),
)


@given(st.dictionaries(st.sampled_from(["kind", "name", "duration_s", "sides", "temperature_c",
                                        "instruction", "modality", "source", "junk"]),
                       toml_scalars, max_size=8))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_step_table_is_accepted_or_refused_with_a_routine_error(step):
    doc = {"format": "recoverykit-routine", "version": 1, "id": "fuzz", "name": "Fuzz", "steps": [step]}
    from recoverykit.core.routine_file import routine_from_mapping

    try:
        routine = routine_from_mapping(doc, "fuzz.toml")
    except RoutineError as error:
        assert str(error).startswith("fuzz.toml")
    else:
        assert routine.steps[0].duration_s > 0


@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
@settings(max_examples=300)
def test_any_bytes_are_accepted_or_refused_with_a_routine_error(data):
    try:
        parse_routine(data, "fuzz.toml")
    except RoutineError as error:
        assert "fuzz.toml" in str(error)


@given(st.integers(min_value=20, max_value=3 * 3600), st.sampled_from([[], ["left", "right"], ["right", "left"]]))
def test_valid_stretches_round_trip(seconds, sides):
    text = GOOD.replace("duration_s = 30", f"duration_s = {seconds}").replace(
        'sides = ["left", "right"]', "sides = " + str(sides).replace("'", '"'))
    routine = parse_routine(text, "mine.toml")
    assert routine.steps[0].duration_s == seconds
    assert [s.value for s in routine.steps[0].sides] == sides
    assert tomllib.loads(text)["steps"][0]["duration_s"] == seconds
