"""One measured figure against its target, and the table they are printed in."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """A row of the report.

    ``passed`` is None where there is nothing to judge (context figures such
    as the bare window's own numbers).
    """

    what: str
    measured: str
    target: str
    ratio: str = ""
    passed: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "MISS", None: ""}[self.passed]


HEADERS = ("what", "measured", "target", "vs bare window", "result")


def table(results: list[Result]) -> str:
    """A Markdown table (readable as plain text too)."""
    rows = [HEADERS] + [(r.what, r.measured, r.target, r.ratio, r.verdict) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]

    def line(cells) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in rows[1:]]
    notes = [f"- {r.what}: {r.note}" for r in results if r.note]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float], unit: float = 1000.0, suffix: str = "ms") -> str:
    """"spread 98–161 ms, middle half 103–113 ms": the range and the interquartile range of ``values``."""
    if not values:
        return ""
    low, high = min(values), max(values)
    return (f"spread {low * unit:.0f}–{high * unit:.0f} {suffix}, middle half "
            f"{percentile(values, 0.25) * unit:.0f}–{percentile(values, 0.75) * unit:.0f} {suffix}")


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the value at or below which ``fraction`` of them lie."""
    ordered = sorted(values)
    rank = math.ceil(round(fraction * len(ordered), 9))
    return ordered[min(len(ordered), max(1, rank)) - 1]
