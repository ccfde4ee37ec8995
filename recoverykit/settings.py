"""User preferences: declared once with typed defaults and bounds, stored as JSON.

The file carries a version; reading an older version upgrades it, a value of
the wrong type or out of range falls back to its default and is reported (as
core Messages: English on the command line, translated in the window), and
writing is atomic (a temporary file, then a rename).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from recoverykit.atomic_file import write_atomically
from recoverykit.core.contrast_bounds import DEFAULT_SWAP_S, SWAP
from recoverykit.core.heart_rate import AGE_RANGE
from recoverykit.core.messages import Message, msg

#: 1: sound, voice, gaps, temperature unit, contrast swap.
#: 2: adds distance unit, theme, language, age / measured max heart rate, refuel reminder.
SETTINGS_VERSION = 2
MAX_SETTINGS_BYTES = 64 * 1024


@dataclass(frozen=True)
class Settings:
    """Every preference, with its default."""

    sound_on: bool = True
    volume_percent: int = 70
    voice_on: bool = False
    get_ready_s: int = 5
    switch_sides_s: int = 5
    change_position_s: int = 5
    #: How temperatures are shown: "c" (°C) or "f" (°F). Stored values stay in °C.
    temperature_unit: str = "c"
    #: The swap countdown between contrast phases, seconds.
    contrast_swap_s: int = DEFAULT_SWAP_S
    #: Between contrast phases, wait for the user instead of counting down.
    contrast_swap_waits: bool = False
    #: How distances are shown and entered: "km" or "mi". Stored values stay in km.
    distance_unit: str = "km"
    #: "system" follows the desktop; "light" or "dark" force one.
    theme: str = "system"
    #: "system" follows the desktop locale; otherwise a shipped translation ("en", "zh_CN").
    language: str = "system"
    #: Age in years for the 208 − 0.7 × age estimate of max heart rate (Tanaka); 0 = not given.
    age: int = 0
    #: A measured max heart rate (bpm) that overrides the age estimate; 0 = not given.
    max_heart_rate: int = 0
    #: A reminder to refuel 30 minutes after a logged workout ended.
    refuel_reminder_on: bool = True
    #: A gentle reminder to drink 15 minutes after a logged workout ended (added later; version 2 still).
    hydration_reminder_on: bool = True
    #: A folder (a mounted watch, a sync folder) whose new workout files import by themselves; "" = none.
    watched_folder: str = ""


#: Inclusive bounds for the numeric settings.
RANGES: dict[str, tuple[int, int]] = {
    "volume_percent": (0, 100),
    "get_ready_s": (0, 30),
    "switch_sides_s": (0, 30),
    "change_position_s": (0, 30),
    "contrast_swap_s": (int(SWAP.low), int(SWAP.high)),
    "age": (0, AGE_RANGE[1]),  # 0 is "not set"; otherwise AGE_RANGE (see _valid)
    "max_heart_rate": (0, 230),
}

#: The values a text setting may take.
CHOICES: dict[str, tuple[str, ...]] = {
    "temperature_unit": ("c", "f"),
    "distance_unit": ("km", "mi"),
    "theme": ("system", "light", "dark"),
    "language": ("system", "en", "zh_CN"),
}


#: Each setting as a person calls it, for the messages about a settings file.
SETTING_WORDS: dict[str, Message] = {
    "sound_on": msg("sound"), "volume_percent": msg("the volume"), "voice_on": msg("voice prompts"),
    "get_ready_s": msg("the get-ready time"), "switch_sides_s": msg("the time to switch sides"),
    "change_position_s": msg("the time between steps"), "temperature_unit": msg("the temperature unit"),
    "contrast_swap_s": msg("the contrast swap countdown"), "contrast_swap_waits": msg("waiting between phases"),
    "distance_unit": msg("the distance unit"), "theme": msg("the theme"), "language": msg("the language"),
    "age": msg("your age"), "max_heart_rate": msg("your measured maximum heart rate"),
    "refuel_reminder_on": msg("the refuel reminder"), "hydration_reminder_on": msg("the reminder to drink"),
    "watched_folder": msg("the watched folder"),
}


def _valid(name: str, value: object, default: object) -> bool:
    if type(value) is not type(default):
        return False
    if name == "watched_folder":
        return len(value) <= 4096 and "\x00" not in value
    if name == "age" and value != 0:
        return AGE_RANGE[0] <= value <= AGE_RANGE[1]
    if name in RANGES:
        low, high = RANGES[name]
        return low <= value <= high
    if name in CHOICES:
        return value in CHOICES[name]
    return True


def settings_from_mapping(data: object) -> tuple[Settings, list[Message]]:
    """Build Settings from parsed JSON, with a message per value that was ignored."""
    problems: list[Message] = []
    if not isinstance(data, dict):
        return Settings(), [msg("the settings file is not a JSON object; defaults are used")]
    version = data.get("version", SETTINGS_VERSION)
    if type(version) is not int or version > SETTINGS_VERSION:
        problems.append(msg("the settings file has version {version}; unknown values are ignored",
                            version=repr(version)[:40]))
    values = {}
    for field in dataclasses.fields(Settings):
        if field.name not in data:
            continue
        value = data[field.name]
        if _valid(field.name, value, field.default):
            values[field.name] = value
        else:
            problems.append(msg("{setting} (\"{key}\" in the file) cannot be {value}; the default, {default}, "
                                "is used", setting=SETTING_WORDS.get(field.name, field.name), key=field.name,
                                value=repr(value)[:40], default=repr(field.default)))
    return Settings(**values), problems


def load_settings(path: Path) -> tuple[Settings, list[Message]]:
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return Settings(), [msg("{path} is too large to be a settings file; defaults are used", path=path)]
        text = path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is fine
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(), [msg("{path} could not be read ({why}); defaults are used", path=path, why=exc)]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Settings(), [msg("{path} is not valid JSON ({why}); defaults are used", path=path, why=exc)]
    except (ValueError, RecursionError) as exc:  # a number with thousands of digits; nesting too deep
        return Settings(), [msg("{path} holds a value that cannot be read ({why}); defaults are used", path=path,
                                why=str(exc)[:80])]
    settings, problems = settings_from_mapping(data)
    return settings, [msg("{file}: {problem}", file=path.name, problem=problem) for problem in problems]


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically; raises OSError if the disk refuses."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    document = {"version": SETTINGS_VERSION, **dataclasses.asdict(settings)}
    write_atomically(path, json.dumps(document, indent=2))


class SettingsStore:
    """The current Settings and where they live; ``update`` saves at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.settings, self.problems = load_settings(path)
        self._listeners: list = []

    def subscribe(self, listener) -> None:
        """Call ``listener(settings, changed_names)`` after every update that changed something."""
        self._listeners.append(listener)

    def update(self, **changes) -> Message | None:
        """Apply and save; returns a message if saving failed (the change still applies)."""
        for name, value in changes.items():
            default = getattr(Settings(), name)
            if not _valid(name, value, default):
                raise ValueError(f"{name}: {value!r} is not allowed")
        changed = frozenset(n for n, v in changes.items() if getattr(self.settings, n) != v)
        self.settings = dataclasses.replace(self.settings, **changes)
        try:
            save_settings(self.path, self.settings)
            self.problems = []  # the file now holds exactly these settings
        except OSError as exc:
            return msg("Your settings could not be saved to {path} ({why}).", path=self.path,
                       why=exc.strerror or str(exc))
        finally:
            if changed:
                for listener in list(self._listeners):
                    listener(self.settings, changed)
        return None
