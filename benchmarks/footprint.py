"""Memory and CPU with a session running: recoverykit against the bare window.

Each window runs in its own child. After its first paint the child is told
to start a session (the post-run cool-down; the bare window has none), is
left to settle, then its CPU time (user + system, from ``getrusage`` in the
child) is read before and after a window of ``cpu_seconds`` — first with the
window visible, then minimised. Peak RSS (``ru_maxrss``) is read at the end,
so it covers start-up and the running session. Repaints of the main
window's central widget are counted over the same windows.

For context, the peak RSS of a third window is read too: the bare window plus
the libraries a session uses (Qt Multimedia playing through a QSoundEffect,
Qt SVG, sqlite-utils with a migrated database), with no recoverykit code, so
the table shows how much of the margin those libraries take by themselves;
and of a fourth, that window with a first screen of plain widgets (a heading,
a list, a button, six menus), which shows what any window that draws text
adds to that floor before a line of recoverykit runs.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time

from benchmarks.children import Child
from benchmarks.machine import sound_available
from benchmarks.options import Options
from benchmarks.results import Result

ROUTINE = "cooldown"
#: Peak RSS above the floor (the bare window with the session's libraries in use), issue 20.
FLOOR_MARGIN_MB = 8.0
#: Issue 20: a session on screen costs at most this much of a core, with one repaint per shown second.
CPU_VISIBLE_PERCENT = 0.3
REPAINTS_PER_S = 1.0
CPU_MINIMISED_PERCENT = 0.3


def _stats(child: Child) -> dict:
    return json.loads(child.ask("stats", "stats"))


def _cpu_window(child: Child, seconds: float) -> tuple[float, float]:
    """Percent of one core, and repaints per second, over ``seconds``."""
    before, t0 = _stats(child), time.perf_counter()
    time.sleep(seconds)
    after, t1 = _stats(child), time.perf_counter()
    elapsed = t1 - t0
    return (100 * (after["cpu_s"] - before["cpu_s"]) / elapsed,
            (after["paints"] - before["paints"]) / elapsed)


def run_window(kind: str, options: Options) -> dict:
    with tempfile.TemporaryDirectory(prefix="rk-bench-footprint-") as data_dir:
        with Child("window_child.py", kind, data_dir) as child:
            child.expect("painted")
            child.ask(f"start {ROUTINE}", "started")
            time.sleep(options.settle_seconds)
            visible, visible_paints = _cpu_window(child, options.cpu_seconds)
            child.ask("minimise", "minimised")
            time.sleep(options.settle_seconds)
            minimised, minimised_paints = _cpu_window(child, options.cpu_seconds)
            peak_kb = _stats(child)["maxrss_kb"]
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak_mb = peak_kb / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {"cpu_visible_percent": visible, "cpu_minimised_percent": minimised,
            "paints_visible_per_s": visible_paints, "paints_minimised_per_s": minimised_paints,
            "peak_rss_mb": peak_mb}


def libraries_peak_mb(options: Options, kind: str = "libraries") -> float:
    """Peak RSS of the bare window with the session's libraries loaded and in use
    (``libraries-text``: and a first screen of plain widgets, see window_child.py)."""
    with tempfile.TemporaryDirectory(prefix="rk-bench-libraries-") as data_dir:
        with Child("window_child.py", kind, data_dir) as child:
            child.expect("painted")
            time.sleep(options.settle_seconds)
            peak_kb = _stats(child)["maxrss_kb"]
    return peak_kb / (1024 * 1024 if sys.platform == "darwin" else 1024)


def warm_up() -> None:
    """Start the app and a session once, unmeasured, so every module it runs is compiled.

    An installed app has its bytecode; without this, a run of the footprint alone
    measured the compiler's memory too (the peak RSS was 8 MB higher).
    """
    with tempfile.TemporaryDirectory(prefix="rk-bench-warm-") as data_dir:
        with Child("window_child.py", "app", data_dir) as child:
            child.expect("painted")
            child.ask(f"start {ROUTINE}", "started")
            child.ask("stats", "stats")


def measure(options: Options) -> tuple[list[Result], dict]:
    warm_up()
    bare = run_window("bare", options)
    libraries = libraries_peak_mb(options)
    with_text = libraries_peak_mb(options, "libraries-text")
    sound = sound_available()
    app = run_window("app", options)
    extra = app["peak_rss_mb"] - bare["peak_rss_mb"]
    above_floor = app["peak_rss_mb"] - libraries
    seconds = f"{options.cpu_seconds:g} s"
    results = [
        Result("peak RSS, bare window", f"{bare['peak_rss_mb']:.1f} MB", "reference"),
        Result("peak RSS, floor: bare + Qt Multimedia, Qt SVG, sqlite-utils", f"{libraries:.1f} MB",
               "context", f"+{libraries - bare['peak_rss_mb']:.1f} MB",
               note=("no recoverykit code: a QSoundEffect on the default output, a QSvgRenderer "
                     "and a migrated sqlite-utils database") if sound else
                    ("sound: unavailable (Qt Multimedia cannot load here), so this floor has no "
                     "QSoundEffect: a QSvgRenderer and a migrated sqlite-utils database only")),
        Result("peak RSS, floor + a list, a button and menus (no recoverykit)", f"{with_text:.1f} MB",
               "context", f"+{with_text - bare['peak_rss_mb']:.1f} MB (floor +{with_text - libraries:.1f} MB)",
               note="the floor's window with the start-up floor's heading, six-item list, Start button and "
                    "six menus: fonts, the widgets' code and the Qt namespace's Python enums"),
        Result("peak RSS, recoverykit, session running", f"{app['peak_rss_mb']:.1f} MB",
               f"≤ floor + {FLOOR_MARGIN_MB:g} MB", f"+{extra:.1f} MB (floor +{above_floor:.1f} MB)",
               above_floor <= FLOOR_MARGIN_MB),
        Result(f"CPU, session running, visible ({seconds})",
               f"{app['cpu_visible_percent']:.2f} % of a core", f"≤ {CPU_VISIBLE_PERCENT:g} %",
               f"bare {bare['cpu_visible_percent']:.2f} %",
               # + 0.05: a window of 30 s can hold 31 of the once-a-second repaints
               app["cpu_visible_percent"] <= CPU_VISIBLE_PERCENT
               and app["paints_visible_per_s"] <= REPAINTS_PER_S + 0.05,
               note=f"{app['paints_visible_per_s']:.2f} repaints/s of the window (target ≤ {REPAINTS_PER_S:g}) "
                    f"(bare {bare['paints_visible_per_s']:.2f})"),
        Result(f"CPU, session running, minimised ({seconds})",
               f"{app['cpu_minimised_percent']:.2f} % of a core", f"≤ {CPU_MINIMISED_PERCENT:g} %",
               f"bare {bare['cpu_minimised_percent']:.2f} %",
               app["cpu_minimised_percent"] <= CPU_MINIMISED_PERCENT,
               note=f"{app['paints_minimised_per_s']:.2f} repaints/s of the window "
                    f"(bare {bare['paints_minimised_per_s']:.2f})"),
    ]
    return results, {"bare": bare, "libraries_peak_rss_mb": libraries,
                     "libraries_text_peak_rss_mb": with_text, "app": app}
