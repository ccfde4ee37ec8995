"""The Help menu: the About recovery page and the About dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recoverykit import __version__


def _help_menu_actions(window):
    [menu] = [a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text()]
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}


def test_about_recovery_covers_every_protocol_the_safety_notes_and_the_red_flags(rk, qtbot):
    window = rk.window
    _help_menu_actions(window)["About recovery"].trigger()
    dialog = window.recovery_help
    assert dialog is not None and dialog.isVisible()
    headings = [label.text() for label in dialog.headings]
    for topic in ("Static stretching", "Foam rolling", "Massage gun", "Contrast therapy",
                  "When to see a professional", "A companion, not a medical device"):
        assert topic in headings
    assert any("walk" in h for h in headings)
    text = " ".join(label.text() for label in dialog.paragraphs)
    for fact in ("20 seconds", "30 to 60 seconds", "60 to 90 seconds", "towards the heart",
                 "48 hours", "40 °C", "3 days", "swelling", "numbness", "does not replace"):
        assert fact in text, fact
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f1_opens_about_recovery(rk):
    assert rk.window.recovery_help_action.shortcut().matches(Qt.Key.Key_F1).name == "ExactMatch"


def test_about_dialog_shows_version_icon_and_the_licence_text(rk, qtbot):
    _help_menu_actions(rk.window)["About recoverykit"].trigger()
    dialog = rk.window.about_dialog
    assert dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert not dialog.icon_label.pixmap().isNull()
    assert "GNU General Public License, version 3 or later" in dialog.license_label.text()
    assert not dialog.license_view.isVisible()
    dialog.license_button.click()
    assert dialog.license_view.isVisible()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.license_view.toPlainText()
    assert "Version 3" in dialog.license_view.toPlainText()
