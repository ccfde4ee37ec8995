"""The "+15 s" button greys out at a step's safety cap and says why, on the session page."""

from __future__ import annotations

from recoverykit.core.caps import ICE_PACK


def test_plus_fifteen_greys_out_at_the_ice_pack_cap_and_says_why(rk, driver):
    window = rk.window
    assert window.start_routine("contrast")
    driver.advance(1)
    page = window.session_page
    while rk.controller.view().phase.name != "WORK":
        driver.advance(1)
    presses = 0
    while page.extend_button.isEnabled() and presses < 100:
        page.extend_button.click()
        presses += 1
        driver.advance(0.5)
    view = rk.controller.view()
    assert view.phase_duration_s <= ICE_PACK.total_s
    assert presses == 40  # 10 min planned + 40 × 15 s = the 20 min cap
    assert not page.extend_button.isEnabled()
    assert page.cap_label.isVisible()
    assert "an ice pack or cold towel lasts at most 20 min each time" in page.cap_label.text()
    assert "clinicalgate" in page.extend_button.toolTip()
