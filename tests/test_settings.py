"""Settings: typed defaults, bad values reported, atomic saves, upgrades."""

from __future__ import annotations

import json

import hypothesis.strategies as st
from hypothesis import given

from recoverykit.settings import (
    Settings,
    SettingsStore,
    load_settings,
    save_settings,
    settings_from_mapping,
)


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "none.json") == (Settings(), [])


def test_round_trip(tmp_path):
    path = tmp_path / "config" / "settings.json"
    save_settings(path, Settings(volume_percent=30, voice_on=True))
    settings, problems = load_settings(path)
    assert settings == Settings(volume_percent=30, voice_on=True)
    assert problems == []
    assert json.loads(path.read_text())["version"] == 2


def test_bad_values_fall_back_and_are_named(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "volume_percent": 400, "sound_on": "yes", "get_ready_s": 3}))
    settings, problems = load_settings(path)
    assert settings == Settings(get_ready_s=3)
    assert any("volume_percent" in p for p in problems)
    assert any("sound_on" in p for p in problems)


def test_not_json_is_reported_not_raised(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert "not valid JSON" in problems[0]


def test_an_older_file_without_version_upgrades(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"sound_on": False}))
    store = SettingsStore(path)
    assert store.settings.sound_on is False and store.problems == []
    assert store.update(volume_percent=55) is None
    assert json.loads(path.read_text()) == {"version": 2, **{**Settings().__dict__, "sound_on": False,
                                                            "volume_percent": 55}}


def test_a_failed_save_is_reported_and_the_change_still_applies(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = SettingsStore(blocker / "settings.json")
    message = store.update(voice_on=True)
    assert message and "could not be saved" in message
    assert store.settings.voice_on is True


@given(st.dictionaries(st.sampled_from(["version", "sound_on", "volume_percent", "voice_on", "get_ready_s", "x"]),
                       st.one_of(st.integers(), st.booleans(), st.text(max_size=5), st.none(), st.floats())))
def test_any_mapping_gives_valid_settings(data):
    settings, problems = settings_from_mapping(data)
    assert 0 <= settings.volume_percent <= 100
    assert isinstance(settings.sound_on, bool)
    assert isinstance(problems, list)


def test_contrast_settings_have_typed_defaults_and_are_validated(tmp_path):
    from recoverykit.settings import Settings, SettingsStore, settings_from_mapping

    assert (Settings().temperature_unit, Settings().contrast_swap_s, Settings().contrast_swap_waits) == (
        "c", 15, False)
    settings, problems = settings_from_mapping(
        {"temperature_unit": "kelvin", "contrast_swap_s": 90, "contrast_swap_waits": "yes"})
    assert settings == Settings()
    assert len(problems) == 3
    store = SettingsStore(tmp_path / "settings.json")
    assert store.update(temperature_unit="f", contrast_swap_s=30, contrast_swap_waits=True) is None
    assert SettingsStore(tmp_path / "settings.json").settings.temperature_unit == "f"
    import pytest

    with pytest.raises(ValueError):
        store.update(temperature_unit="K")


def test_a_version_1_file_upgrades_to_version_2_keeping_its_values(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "sound_on": False, "temperature_unit": "f",
                                "contrast_swap_s": 30}))
    store = SettingsStore(path)
    assert store.problems == []
    assert (store.settings.sound_on, store.settings.temperature_unit) == (False, "f")
    assert (store.settings.distance_unit, store.settings.theme, store.settings.age) == ("km", "system", 0)
    assert store.update(distance_unit="mi") is None
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["distance_unit"] == "mi" and saved["sound_on"] is False


def test_version_2_choices_and_ranges_are_enforced(tmp_path):
    settings, problems = settings_from_mapping({"version": 2, "theme": "neon", "age": 300,
                                                "max_heart_rate": 185, "language": "zh_CN"})
    assert settings.theme == "system" and settings.age == 0
    assert settings.max_heart_rate == 185 and settings.language == "zh_CN"
    assert any("theme" in p for p in problems) and any("age" in p for p in problems)
