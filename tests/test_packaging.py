"""The desktop entry, the metainfo and the icons all use the one app id, and the actions work."""

from __future__ import annotations

import configparser
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

from recoverykit import APP_ID
from recoverykit.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


def test_desktop_entry_uses_the_app_id_and_its_actions_start_real_routines():
    entry = desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID
    assert main["Exec"] == "recoverykit"
    routine_ids = {p.stem for p in (ROOT / "resources" / "routines").glob("*.toml")}
    actions = [a for a in main["Actions"].split(";") if a]
    assert actions == ["cooldown", "contrast"]
    for action in actions:
        argv = shlex.split(entry[f"Desktop Action {action}"]["Exec"])
        assert argv[0] == "recoverykit"
        args = build_parser().parse_args(argv[1:])
        assert args.command == "start" and args.routine_id in routine_ids


def test_metainfo_names_the_app_id_the_launchable_and_existing_screenshots():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating").get("type") == "oars-1.1"
    images = [image.text.rsplit("/", 1)[-1] for image in root.iter("image")]
    assert images and all((ROOT / "docs" / "screenshots" / name).is_file() for name in images)


def test_every_icon_size_is_rendered():
    hicolor = PACKAGING / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = int.from_bytes(png.read_bytes()[16:20]), int.from_bytes(png.read_bytes()[20:24])
        assert (width, height) == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "recoverykit.svg").read_bytes()
