"""`recoverykit export FILE [--csv]` and `recoverykit import FILE`, without Qt."""

from __future__ import annotations

import json
import subprocess
import sys

from recoverykit.__main__ import main
from recoverykit.core.journal import Journal
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, digest, populate


def test_export_then_import_into_another_data_dir(tmp_path, capsys):
    source = tmp_path / "a"
    source.mkdir()
    ids = populate(source / "recoverykit.db", sessions=3)
    repo = SessionRepository(open_database(source / "recoverykit.db"))
    JournalStore(repo).save(ids[0], Journal(rpe=6, soreness_after={"calves": 4}), T0)
    repo.close()
    out = tmp_path / "h.json"
    assert main(["export", str(out), "--data-dir", str(source)]) == 0
    assert json.loads(out.read_text())["sessions"][-1]["journal"]["rpe"] == 6
    assert main(["export", "--csv", str(tmp_path / "h.csv"), "--data-dir", str(source)]) == 0
    assert (tmp_path / "h.csv").read_text().count("\n") == 4
    target = tmp_path / "b"
    assert main(["import", str(out), "--data-dir", str(target)]) == 0
    assert main(["import", str(out), "--data-dir", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "Imported 3 sessions" in printed and "Imported 0 sessions" in printed
    assert "3 were already in the history" in printed


def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(tmp_path, capsys):
    populate(tmp_path / "recoverykit.db", sessions=2)
    before = digest(tmp_path / "recoverykit.db")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "recoverykit-history", "version": 1, "sessions": [{"id": "x"}]}')
    assert main(["import", str(bad), "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "nothing changed" in err and "session 1 (id 'x')" in err and "lacks" in err
    assert digest(tmp_path / "recoverykit.db") == before


def test_export_and_import_never_import_qt(tmp_path):
    populate(tmp_path / "recoverykit.db", sessions=1)
    script = (
        "import sys\nfrom recoverykit.__main__ import main\n"
        f"assert main(['export', {str(tmp_path / 'h.json')!r}, '--data-dir', {str(tmp_path)!r}]) == 0\n"
        f"assert main(['import', {str(tmp_path / 'h.json')!r}, '--data-dir', {str(tmp_path)!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\nprint('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
