"""One "when to see a professional" text: help, About, the notices and the README say the same words."""

from __future__ import annotations

from pathlib import Path

from recoverykit.ui.common.professional import companion_text, professional_text, urgent_text
from recoverykit.ui.journal.journal_words import red_flag_advice
from recoverykit.ui.shell.about_dialog import AboutDialog
from recoverykit.ui.shell.help_page import help_sections

README = Path(__file__).resolve().parents[2] / "README.md"


def test_help_about_notices_and_readme_share_the_professional_text(qtbot):
    paragraphs = [text for _, texts in help_sections() for text in texts]
    assert professional_text() in paragraphs and urgent_text() in paragraphs and companion_text() in paragraphs
    about = AboutDialog()
    qtbot.addWidget(about)
    assert professional_text() in about.medical_label.text()
    assert professional_text() in red_flag_advice() and urgent_text() in red_flag_advice()
    readme = README.read_text(encoding="utf-8")
    for text in (companion_text(), professional_text(), urgent_text()):
        assert text in readme


def test_the_refuel_advice_is_soft_about_the_half_hour():
    eating = next(texts for heading, texts in help_sections() if heading.startswith("Eating"))
    assert "Soon after the run" in eating[0] and "evidence" in eating[0]
