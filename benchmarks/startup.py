"""Start-up: process start to the main window's first finished paint, bare vs recoverykit.

Every window is started by the same child script (``window_child.py``), so
all pay the same interpreter start and the same harness. Runs alternate
(bare, text, app, bare, …) after one unmeasured warm-up of each, and the
median of each is compared with the bare window's. ``text`` is a floor for
context: the bare window plus a heading, a six-item list, a button and a menu
bar (what any first screen like recoverykit's shows), with no recoverykit
code. recoverykit keeps one data dir across its runs, as a user's does.
"""

from __future__ import annotations

import json
import tempfile

from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result, median, ms, spread

TARGET_RATIO = 1.3


#: The start-up stages the child reports, in order, and their names in the report.
STAGE_NAMES = (("imports", "imports done"), ("QApplication", "QApplication"), ("shown", "window shown"),
               ("painted", "first paint"), ("idle", "idle"))


def start_once(kind: str, data_dir: str) -> tuple[float, float, dict[str, float]]:
    """Seconds from just before Popen to the ``painted`` line, the child's CPU seconds by then, and
    each stage's seconds from that same start (see window_child.STAGES)."""
    with Child("window_child.py", kind, data_dir) as child:
        painted_at, cpu = child.expect("painted")
        stages = json.loads(child.expect("stages")[1])
        return (painted_at - child.started_at, float(cpu),
                {name: at - child.started_at for name, at in stages.items()})


def stage_text(runs: list[dict[str, float]]) -> str:
    """"imports done 120 · QApplication 131 · … ms": the median moment of each stage."""
    parts = [f"{label} {median([run[name] for run in runs if name in run]) * 1000:.0f}"
             for name, label in STAGE_NAMES if any(name in run for run in runs)]
    return " · ".join(parts) + " ms"


def measure(options: Options) -> tuple[list[Result], dict]:
    times: dict[str, list[float]] = {"bare": [], "text": [], "app": []}
    cpu: dict[str, list[float]] = {"bare": [], "text": [], "app": []}
    stages: dict[str, list[dict[str, float]]] = {"bare": [], "text": [], "app": []}
    with tempfile.TemporaryDirectory(prefix="rk-bench-start-") as data_dir:
        for kind in times:
            start_once(kind, data_dir)  # warm-up: file and bytecode caches, first-run database
        for _ in range(options.starts):
            for kind in times:
                wall, used, marks = start_once(kind, data_dir)
                times[kind].append(wall)
                cpu[kind].append(used)
                stages[kind].append(marks)
    bare, text, app = median(times["bare"]), median(times["text"]), median(times["app"])
    bare_cpu, app_cpu = median(cpu["bare"]), median(cpu["app"])
    ratio = app / bare
    runs = options.starts
    results = [
        Result(f"start-up, bare window (median of {runs})", ms(bare), "reference",
               note=f"CPU time to first paint: median {bare_cpu * 1000:.0f} ms; {spread(times['bare'])}"),
        Result(f"start-up, floor: list + menus, no recoverykit (median of {runs})", ms(text),
               "context", f"{text / bare:.2f} ×", note=spread(times["text"])),
        Result(f"start-up, recoverykit (median of {runs})", ms(app), f"≤ {TARGET_RATIO} × bare",
               f"{ratio:.2f} × ({app / text:.2f} × floor)", ratio <= TARGET_RATIO,
               note=f"CPU time to first paint: median {app_cpu * 1000:.0f} ms "
               f"({app_cpu / bare_cpu:.2f} × bare); {spread(times['app'])}"),
        Result(f"start-up stages, recoverykit (median of {runs})", stage_text(stages["app"]), "context",
               note="from process start; the bare window's: " + stage_text(stages["bare"])
               + ". Which stage grew shows where a regression is."),
    ]
    return results, {"bare_s": times["bare"], "text_s": times["text"], "app_s": times["app"],
                     "bare_cpu_s": cpu["bare"], "app_cpu_s": cpu["app"], "stages": stages}
