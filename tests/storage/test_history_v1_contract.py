"""The version-1 contract: any document with the foundation keys imports; later keys read as null.

The foundation (docs/history-format.md): sessions carry ``id, routine_id,
routine_name, started_at, ended_at, status, steps`` and steps carry ``kind,
name, side, planned_s, actual_s, status``; "more keys may come later; these
stay". An older export has only those, and must import.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from recoverykit.storage.db import open_database
from recoverykit.storage.history_import import SESSION_KEYS, STEP_KEYS, ImportProblem, import_history
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0

DATA = Path(__file__).resolve().parents[1] / "data" / "history"
FOUNDATION_SESSION = json.loads((DATA / "foundation-keys.json").read_text(encoding="utf-8"))["sessions"][0]
EVERY_KEY_SESSION = json.loads((DATA / "every-key.json").read_text(encoding="utf-8"))["sessions"][0]


def _document(*sessions) -> str:
    return json.dumps({"format": "recoverykit-history", "version": 1, "sessions": list(sessions)})


def _import(tmp_path, text):
    path = tmp_path / "history.json"
    path.write_text(text, encoding="utf-8")
    db = open_database(tmp_path / "history.db")
    return db, import_history(db, path, T0)


def test_the_foundation_keys_are_exactly_the_documented_ones():
    assert SESSION_KEYS == ("id", "routine_id", "routine_name", "started_at", "ended_at", "status", "steps")
    assert STEP_KEYS == ("kind", "name", "side", "planned_s", "actual_s", "status")


def test_a_document_with_only_the_foundation_keys_imports_with_later_keys_null(tmp_path):
    db, counts = _import(tmp_path, _document(FOUNDATION_SESSION))
    assert counts == (1, 0)
    repo = SessionRepository(db)
    (session,) = repo.sessions()
    assert session.id == FOUNDATION_SESSION["id"]
    assert session.started_at == datetime.fromisoformat("2026-05-04T07:30:00+02:00")
    assert session.note == ""
    assert [(step.name, step.side, step.status.value) for step in session.steps] == [
        ("Standing quad stretch", "left", "done"), ("Foam roll calves", None, "skipped")]
    for step in session.steps:
        assert step.started_at is None and step.ended_at is None
        assert step.temperature_c is None and step.modality is None
    assert JournalStore(repo).all() == {}


def test_a_document_with_every_key_imports_them_all(tmp_path):
    db, counts = _import(tmp_path, _document(EVERY_KEY_SESSION, FOUNDATION_SESSION))
    assert counts == (2, 0)
    repo = SessionRepository(db)
    by_id = {session.id: session for session in repo.sessions()}
    full = by_id[EVERY_KEY_SESSION["id"]]
    assert full.note == "calves tight"
    assert full.steps[1].temperature_c == 40.0 and full.steps[1].modality == "towel"
    assert full.steps[0].started_at == datetime.fromisoformat("2026-05-04T07:40:10+02:00")
    journal = JournalStore(repo).all()[full.id]
    assert journal.distance_km == 12.5 and journal.soreness_before == {"calves": 6}


def test_a_null_journal_is_no_journal(tmp_path):
    session = {**FOUNDATION_SESSION, "journal": None, "note": "", "resumable": True}
    db, counts = _import(tmp_path, _document(session))
    assert counts == (1, 0)
    assert JournalStore(SessionRepository(db)).all() == {}


@pytest.mark.parametrize("key", SESSION_KEYS)
def test_a_session_without_a_foundation_key_is_refused_by_name(tmp_path, key):
    session = {name: value for name, value in FOUNDATION_SESSION.items() if name != key}
    with pytest.raises(ImportProblem, match=f"lacks {key}"):
        _import(tmp_path, _document(session))
    assert SessionRepository(open_database(tmp_path / "history.db")).sessions() == []


@pytest.mark.parametrize("key", STEP_KEYS)
def test_a_step_without_a_foundation_key_is_refused_by_name(tmp_path, key):
    step = {name: value for name, value in FOUNDATION_SESSION["steps"][0].items() if name != key}
    session = {**FOUNDATION_SESSION, "steps": [step]}
    with pytest.raises(ImportProblem, match=rf"steps\[0\] lacks {key}"):
        _import(tmp_path, _document(session))
