"""The health check's answers, kept in the config folder (health.json), on this computer only.

Written atomically; a missing file means "never answered"; a damaged one is
read as never answered too (the check is asked again), never as "no".
"""

from __future__ import annotations

import json
from pathlib import Path

from recoverykit.atomic_file import write_atomically
from recoverykit.core.health_check import QUESTION_IDS, HealthAnswers
from recoverykit.services.changes import HEALTH, Changes

VERSION = 1


def load_answers(path: Path) -> HealthAnswers:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return HealthAnswers()
    if not isinstance(document, dict) or document.get("version") != VERSION:
        return HealthAnswers()
    yes = document.get("yes", [])
    skipped = document.get("skipped") is True
    if not isinstance(yes, list) or not all(isinstance(item, str) for item in yes):
        return HealthAnswers()
    return HealthAnswers(answered=True, skipped=skipped, yes=frozenset(item for item in yes if item in QUESTION_IDS))


def save_answers(path: Path, answers: HealthAnswers) -> str | None:
    """Store the answers; the reason if the disk refused (they still apply until the app closes)."""
    document = {"version": VERSION, "skipped": answers.skipped, "yes": sorted(answers.yes)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, json.dumps(document, indent=2) + "\n")
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


class HealthService:
    """The health answers, read from and saved to ``path``; a save announces HEALTH on ``changes``."""

    def __init__(self, path: Path, changes: Changes | None = None) -> None:
        self.path = path
        self.changes = changes if changes is not None else Changes()

    def load(self) -> HealthAnswers:
        return load_answers(self.path)

    def save(self, answers: HealthAnswers) -> str | None:
        """Store the answers; the reason if the disk refused. Announced either way: they apply now."""
        problem = save_answers(self.path, answers)
        self.changes.announce(HEALTH)
        return problem
