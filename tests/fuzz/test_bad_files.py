"""A corpus of hand-made bad files (tests/data/bad) and odd but good ones (tests/data/odd).

Each bad file is refused with the parser's own clear reason; nothing is
stored from a refused history, and the app's database is left exactly as it
was. Each odd file (BOMs, right-to-left text, time zones from −12:00 to
+14:00) is read. The corpus is counted in docs/reliability.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recoverykit.core.routine_file import RoutineError, load_routine_file
from recoverykit.settings import Settings, load_settings
from recoverykit.storage.db import open_database
from recoverykit.storage.history_import import ImportProblem, import_history
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, digest, populate

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = DATA / "bad"
ODD = DATA / "odd"


def _files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


@pytest.mark.parametrize("path", _files(BAD / "routines"), ids=lambda path: path.name)
def test_a_bad_routine_file_is_refused_naming_the_file(path):
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    message = str(caught.value)
    assert message.startswith(path.name) and len(message) < 400


@pytest.mark.parametrize("path", _files(BAD / "history"), ids=lambda path: path.name)
def test_a_bad_history_file_is_refused_whole_and_stores_nothing(tmp_path, path):
    populate(tmp_path / "history.db", sessions=3)
    before = digest(tmp_path / "history.db")
    db = open_database(tmp_path / "history.db")
    with pytest.raises(ImportProblem) as caught:
        import_history(db, path, T0)
    db.close()
    assert str(caught.value).strip() and len(str(caught.value)) < 400
    assert digest(tmp_path / "history.db") == before


@pytest.mark.parametrize("path", _files(BAD / "settings"), ids=lambda path: path.name)
def test_a_bad_settings_file_gives_defaults_and_says_why(path):
    loaded, problems = load_settings(path)
    assert problems and all(len(problem) < 600 for problem in problems)
    assert isinstance(loaded, Settings)


def test_odd_but_good_files_are_read(tmp_path):
    routine = load_routine_file(ODD / "routine-rtl-bom.toml")
    assert routine.name.startswith("טיפול")
    db = open_database(tmp_path / "history.db")
    assert import_history(db, ODD / "history-rtl-odd-zones-bom.json", T0) == (1, 0)
    (session,) = SessionRepository(db).sessions()
    assert session.started_at.utcoffset().total_seconds() == 14 * 3600
    assert session.note.startswith("عضلة")
    loaded, problems = load_settings(ODD / "settings-bom.json")
    assert problems == [] and loaded.sound_on is False
