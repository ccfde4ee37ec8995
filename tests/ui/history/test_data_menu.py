"""The Data menu: Back up now, Restore from a backup… (file chooser and confirmation injected)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def session_count(app) -> int:
    return len(app.repository.sessions())


def test_the_data_menu_sits_before_help(rk):
    titles = [a.text() for a in rk.window.menuBar().actions()]
    assert titles[-2:] == ["&Data", "&Help"]
    assert [a.text() for a in rk.data.menu.actions()] == [
        "&Back up now", "&Restore from a backup…", "", "&Export history…", "Export history as &CSV…",
        "&Import history…", "", "Import &workouts…"]


def test_back_up_now_writes_a_backup_and_says_where(rk, driver, paths):
    rk.window.start_routine("warmup")
    driver.run_to_end()
    rk.data.backup_action.trigger()
    [manual] = [p for p in paths.backups.iterdir() if p.name.count("-") == 4]
    assert str(manual) in rk.window.banner.text()
    assert manual.name.startswith("recoverykit-2026-05-04-")


def test_restore_replaces_the_history_and_keeps_the_replaced_one(rk, driver, paths, chosen, confirmations, clock):
    rk.window.start_routine("warmup")
    driver.run_to_end()
    backup = rk.data.back_up_now()
    rk.window.start_routine("foam-roll")
    driver.run_to_end()
    assert session_count(rk) == 2
    chosen["path"] = backup
    clock.advance(60)
    rk.data.restore_action.trigger()
    assert chosen["asked"][-1][1] == paths.backups  # the chooser opens in the backups folder
    assert confirmations[-1][0] == "Replace your history?"
    assert session_count(rk) == 1
    assert rk.window.current_page == "history"
    assert rk.window.history_page.session_count() == 1
    [kept] = [p for p in paths.backups.iterdir() if "before-restore" in p.name]
    assert str(kept) in rk.window.banner.text() and str(backup) in rk.window.banner.text()
    rk.window.start_routine("warmup")  # the reopened history takes new sessions
    driver.run_to_end()
    assert session_count(rk) == 2


@pytest.mark.parametrize("answer", ["cancel the chooser", "say no"])
def test_changing_ones_mind_changes_nothing(rk, driver, paths, chosen, answer):
    rk.window.start_routine("warmup")
    driver.run_to_end()
    backup = rk.data.back_up_now()
    rk.window.start_routine("warmup")
    driver.run_to_end()
    chosen["path"] = None if answer == "cancel the chooser" else backup
    rk.answers["value"] = False
    assert not rk.data.restore()
    assert session_count(rk) == 2
    assert not any("before-restore" in p.name for p in paths.backups.iterdir())


def test_a_file_that_is_not_a_good_backup_is_refused_before_anything_changes(rk, paths, chosen, tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    chosen["path"] = bogus
    rk.repository.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before, offered = digest(paths.database), digest(bogus)
    assert not rk.data.restore()
    assert "cannot be restored" in rk.window.banner.text() and str(bogus) in rk.window.banner.text()
    assert digest(paths.database) == before and digest(bogus) == offered


def test_restore_is_refused_while_a_session_runs(rk, chosen):
    rk.window.start_routine("warmup")
    assert not rk.data.restore_action.isEnabled()
    assert not rk.data.restore()
    assert chosen["asked"] == []
    assert "no session is running" in rk.window.banner.text()
