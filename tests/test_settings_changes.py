"""Settings: an old (version 1) file upgrades keeping its values; listeners hear each real change."""

from __future__ import annotations

import json

from recoverykit.settings import SETTINGS_VERSION, Settings, SettingsStore


def test_a_version_1_file_upgrades_keeping_its_values(tmp_path):
    path = tmp_path / "settings.json"
    old = {"version": 1, "sound_on": False, "volume_percent": 40, "voice_on": True, "get_ready_s": 8,
           "switch_sides_s": 4, "change_position_s": 6, "temperature_unit": "f", "contrast_swap_s": 20,
           "contrast_swap_waits": True}
    path.write_text(json.dumps(old))
    store = SettingsStore(path)
    assert store.problems == []
    assert store.settings == Settings(**{k: v for k, v in old.items() if k != "version"})
    assert store.settings.theme == "system" and store.settings.age == 0  # the new values' defaults
    assert store.update(age=40) is None
    written = json.loads(path.read_text())
    assert written["version"] == SETTINGS_VERSION and written["temperature_unit"] == "f" and written["age"] == 40


def test_listeners_hear_what_changed(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    heard = []
    store.subscribe(lambda settings, names: heard.append((settings.age, names)))
    store.update(age=30, theme="system")
    store.update(age=30)
    assert heard == [(30, frozenset({"age"}))]


def test_listeners_hear_a_change_even_when_saving_fails(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = SettingsStore(blocker / "settings.json")
    heard = []
    store.subscribe(lambda settings, names: heard.append(names))
    assert "could not be saved" in store.update(theme="dark")
    assert heard == [frozenset({"theme"})] and store.settings.theme == "dark"
