"""The Data menu: Back up now, Restore from a backup… (file chooser and confirmation injected)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .conftest import build_app


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def chosen():
    """What the injected file chooser answers next (None: the user cancelled)."""
    return {"path": None, "asked": []}


@pytest.fixture
def rkd(qtbot, paths, clock, ticker, confirmations, chosen):
    answers = {"value": True}

    def confirm(parent, title, text):
        confirmations.append((title, text))
        return answers["value"]

    def choose(parent, title, folder):
        chosen["asked"].append((title, folder))
        return chosen["path"]

    built = build_app(paths, clock, ticker, confirm=confirm, choose=choose)
    built.answers = answers
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.close()


def session_count(app) -> int:
    return len(app.repository.sessions())


def test_the_data_menu_sits_before_help(rkd):
    titles = [a.text() for a in rkd.window.menuBar().actions()]
    assert titles[-2:] == ["&Data", "&Help"]
    assert [a.text() for a in rkd.data.menu.actions()] == ["&Back up now", "&Restore from a backup…"]


def test_back_up_now_writes_a_backup_and_says_where(rkd, driver, paths):
    rkd.window.start_routine("warmup")
    driver.run_to_end()
    rkd.data.backup_action.trigger()
    [manual] = [p for p in paths.backups.iterdir() if p.name.count("-") == 4]
    assert str(manual) in rkd.window.banner.text()
    assert manual.name.startswith("recoverykit-2026-05-04-")


def test_restore_replaces_the_history_and_keeps_the_replaced_one(rkd, driver, paths, chosen, confirmations, clock):
    rkd.window.start_routine("warmup")
    driver.run_to_end()
    backup = rkd.data.back_up_now()
    rkd.window.start_routine("foam-roll")
    driver.run_to_end()
    assert session_count(rkd) == 2
    chosen["path"] = backup
    clock.advance(60)
    rkd.data.restore_action.trigger()
    assert chosen["asked"][-1][1] == paths.backups  # the chooser opens in the backups folder
    assert confirmations[-1][0] == "Replace your history?"
    assert session_count(rkd) == 1
    assert rkd.window.current_page == "history"
    assert rkd.window.history_page.sessions.topLevelItemCount() == 1
    [kept] = [p for p in paths.backups.iterdir() if "before-restore" in p.name]
    assert str(kept) in rkd.window.banner.text() and str(backup) in rkd.window.banner.text()
    rkd.window.start_routine("warmup")  # the reopened history takes new sessions
    driver.run_to_end()
    assert session_count(rkd) == 2


@pytest.mark.parametrize("answer", ["cancel the chooser", "say no"])
def test_changing_ones_mind_changes_nothing(rkd, driver, paths, chosen, answer):
    rkd.window.start_routine("warmup")
    driver.run_to_end()
    backup = rkd.data.back_up_now()
    rkd.window.start_routine("warmup")
    driver.run_to_end()
    chosen["path"] = None if answer == "cancel the chooser" else backup
    rkd.answers["value"] = False
    assert not rkd.data.restore()
    assert session_count(rkd) == 2
    assert not any("before-restore" in p.name for p in paths.backups.iterdir())


def test_a_file_that_is_not_a_good_backup_is_refused_before_anything_changes(rkd, paths, chosen, tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    chosen["path"] = bogus
    rkd.repository.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before, offered = digest(paths.database), digest(bogus)
    assert not rkd.data.restore()
    assert "cannot be restored" in rkd.window.banner.text() and str(bogus) in rkd.window.banner.text()
    assert digest(paths.database) == before and digest(bogus) == offered


def test_restore_is_refused_while_a_session_runs(rkd, chosen):
    rkd.window.start_routine("warmup")
    assert not rkd.data.restore_action.isEnabled()
    assert not rkd.data.restore()
    assert chosen["asked"] == []
    assert "no session is running" in rkd.window.banner.text()
