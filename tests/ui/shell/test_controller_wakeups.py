"""The controller arms its next wake-up before cues and views go out, so slow slots cost no lateness."""

from __future__ import annotations


def test_each_wake_up_arms_the_next_before_cues_and_views_go_out(rk, ticker, driver):
    armed_when_emitted: list[bool] = []
    rk.controller.happened.connect(lambda events: armed_when_emitted.append(ticker.armed))
    rk.controller.viewChanged.connect(lambda view: armed_when_emitted.append(ticker.armed))
    rk.window.start_routine("warmup")
    driver.advance(5 + 30 + 5 + 10)  # get-ready, a step end, a gap: the session still runs
    assert len(armed_when_emitted) > 40
    assert all(armed_when_emitted)


def test_time_spent_rendering_counts_towards_the_next_wake_up(rk, clock, ticker):
    delays: list[float | None] = []

    def slow_render(view) -> None:
        delays.append(ticker.delay)
        clock.advance(0.3)  # a render that takes 0.3 s

    rk.controller.viewChanged.connect(slow_render)
    rk.window.start_routine("warmup")
    # Armed for the next displayed second before the render began, so a real
    # timer counts down while it runs instead of starting 0.3 s late.
    assert delays == [1.0]
