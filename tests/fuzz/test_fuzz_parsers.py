"""Fuzz every parser of user files: routine files, history JSON, settings files.

Marked ``slow``: each property runs FUZZ_EXAMPLES cases (10,000), which the
default ``uv run pytest`` includes. The promise: any input ends in the parsed
value or in the parser's own clear refusal (RoutineError, ImportProblem, a
settings problem and the defaults), never in another exception; an import
that is refused stores nothing. The figures are in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from recoverykit.core.routine import Routine
from recoverykit.core.routine_file import RoutineError, parse_routine
from recoverykit.settings import Settings, _valid, load_settings, settings_from_mapping
from recoverykit.storage.db import open_database
from recoverykit.storage.history_import import ImportProblem, import_history, parse_history
from tests.fuzz.strategies import json_values, mangled_bytes, mutated
from tests.storage.helpers import T0

FUZZ_EXAMPLES = int(os.environ.get("RECOVERYKIT_FUZZ_EXAMPLES", "10000"))
ROOT = Path(__file__).resolve().parents[2]
ROUTINE_TEXT = (ROOT / "resources" / "routines" / "contrast.toml").read_text(encoding="utf-8")
ROUTINE = tomllib.loads(ROUTINE_TEXT)
HISTORY = json.loads((ROOT / "tests" / "data" / "history" / "every-key.json").read_text(encoding="utf-8"))
SETTINGS_DOC = {"version": 2, **{name: value for name, value in vars(Settings()).items()}}

fuzz = settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
pytestmark = pytest.mark.slow


def _without_none(value):
    """TOML has no null: drop the keys and items that hold one."""
    if isinstance(value, dict):
        return {key: _without_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_none(item) for item in value if item is not None]
    return value


@st.composite
def routine_files(draw) -> bytes:
    if draw(st.booleans()):
        return draw(mangled_bytes(ROUTINE_TEXT))
    document = _without_none(draw(mutated(ROUTINE)))
    if not isinstance(document, dict):
        document = {"value": document}
    try:
        return tomli_w.dumps(document).encode("utf-8")
    except (TypeError, ValueError, RecursionError):  # not expressible as TOML: send its JSON instead
        return json.dumps(document).encode("utf-8")


@st.composite
def history_files(draw) -> bytes:
    if draw(st.booleans()):
        return draw(mangled_bytes(json.dumps(HISTORY)))
    document = draw(mutated(HISTORY))
    try:
        return json.dumps(document).encode("utf-8")
    except (ValueError, RecursionError):
        return b"[" * 5000


@fuzz
@given(routine_files())
def test_any_routine_file_is_read_or_refused_with_a_reason(raw):
    try:
        routine = parse_routine(raw, "fuzz.toml")
    except RoutineError as exc:
        assert str(exc).strip() and "fuzz.toml" in str(exc)
        event("routine: refused")
    else:
        assert isinstance(routine, Routine) and routine.steps
        event("routine: read")


@fuzz
@given(history_files())
def test_any_history_file_is_read_or_refused_with_a_reason(raw):
    try:
        records = parse_history(raw)
    except ImportProblem as exc:
        assert str(exc).strip()
        event("history: refused")
    else:
        assert all(session.id.strip() for session, _ in records)
        event("history: read")


@fuzz
@given(st.one_of(mutated(SETTINGS_DOC), json_values))
def test_any_settings_document_gives_valid_settings_and_says_what_it_ignored(document):
    loaded, problems = settings_from_mapping(document)
    defaults = Settings()
    for name, value in vars(loaded).items():
        assert _valid(name, value, getattr(defaults, name)), name
    assert all(isinstance(problem, str) and problem for problem in problems)
    event("settings: with problems" if problems else "settings: clean")


@fuzz
@given(mangled_bytes(json.dumps(SETTINGS_DOC)))
def test_any_settings_file_is_read_with_defaults_for_what_is_bad(tmp_path_factory, raw):
    path = tmp_path_factory.getbasetemp() / "fuzz-settings.json"
    path.write_bytes(raw)
    loaded, problems = load_settings(path)
    assert isinstance(loaded, Settings)
    event("settings file: with problems" if problems else "settings file: clean")


IMPORT_EXAMPLES = max(1, FUZZ_EXAMPLES // 5)


def _counts(db) -> tuple[int, ...]:
    return tuple(db.execute(f"select count(*) from {table}").fetchone()[0]
                 for table in ("sessions", "steps", "journals"))


@settings(fuzz, max_examples=IMPORT_EXAMPLES)
@given(history_files())
def test_a_refused_import_stores_nothing_and_an_accepted_one_stores_it_all(tmp_path_factory, raw):
    folder = tmp_path_factory.getbasetemp()
    db = _fuzz_db(folder)
    path = folder / "fuzz-history.json"
    path.write_bytes(raw)
    before = _counts(db)
    try:
        added, already = import_history(db, path, T0)
    except ImportProblem:
        assert _counts(db) == before
        event("import: refused, nothing stored")
    else:
        assert _counts(db)[0] == before[0] + added
        event("import: stored")


_dbs: dict = {}


def _fuzz_db(folder: Path):
    """One database for the whole run: each example imports into what the others left."""
    if folder not in _dbs:
        _dbs[folder] = open_database(folder / "fuzz-history.db")
    return _dbs[folder]
