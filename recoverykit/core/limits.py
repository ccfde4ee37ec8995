"""The safety limits, in one table: one row per modality, and one per kind that has none.

Each row holds, for one way of doing a step: its default length, the range a
routine may plan (per side, per application), the cap with every "+15 s"
included, the temperature range and the temperature to start from, and the
source of each number (GUIDANCE.md, docs/guidance-sources.md). Everything
that says how long or how cold a step may be reads this table: the kind
bounds (core/kinds.py), the caps (core/caps.py), the contrast set-up
(core/contrast_bounds.py, core/contrast.py), routine files and the editor
(core/step_rules.py), ``routines --check``, the help text, the README and the
table in docs/routine-format.md (generated: ``python -m tools.limits_table``).

A cap is per application: each time the ice goes on, each time the legs go
into the water. In contrast therapy each cold phase is one application, with
the heat between.

Kinds are named by their value ("cold"), so this module imports no other
part of the core: core/kinds.py builds its table from this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.messages import Message, msg


class ColdModality(StrEnum):
    """How the cold is applied."""

    ICE_PACK = "ice_pack"            # an ice pack or a cold towel on the muscle
    COLD_IMMERSION = "cold_immersion"  # the legs in a cold tub


class HeatModality(StrEnum):
    """How the warmth is applied."""

    HOT_TOWEL = "hot_towel"  # a hot towel or a heat pack on the muscle
    WARM_BATH = "warm_bath"  # the legs (or the body) in a warm bath


#: Shorter than this is no phase of cold or heat: a product sanity limit.
MIN_APPLICATION_S = 30
#: No step of any kind runs longer than this: a product sanity limit, not a recommendation.
MAX_STEP_S = 3 * 60 * 60


@dataclass(frozen=True)
class Limit:
    """How long (per side, per application) and how warm one way of doing a step may be, and why.

    ``plan_min_s``/``plan_max_s``: what a routine, the editor or the contrast set-up may plan (None:
    no bound). ``cap_s``: the most it may last in all, every "+15 s" included (None: no cap).
    ``temperature_c``: the range it may be set to (None: it takes no temperature).
    """

    kind: str
    modality: str | None
    words: Message
    default_s: float | None
    plan_min_s: float | None
    plan_max_s: float | None
    cap_s: float | None
    source: Message
    temperature_c: tuple[float, float] | None = None
    default_temperature_c: float | None = None
    temperature_source: Message | None = None
    #: No source gives a duration: the editor and the step's note say so.
    unbounded_by_source: bool = False

    def plan_reason(self) -> Message:
        """The planned range in words, as a refusal says it."""
        low, high = self.plan_min_s, self.plan_max_s
        if low is not None and high is not None:
            return msg("{what}: {range} each time", what=self.words, range=_range(low, high))
        if low is not None:
            return msg("{what}: at least {low}", what=self.words, low=_span(low))
        if high is not None:
            return msg("{what}: at most {high} each time", what=self.words, high=_span(high))
        return msg("{what}: no source bounds its length", what=self.words)

    def cap_reason(self) -> Message:
        """The cap in words: per application, every "+15 s" included."""
        return msg("{what} lasts at most {cap} each time, every +15 s included", what=self.words,
                   cap=_span(self.cap_s or 0))

    def summary(self) -> Message:
        """The cap and the temperatures in one line, as the help page lists them."""
        if self.temperature_c is None:
            return msg("{what}: at most {cap} each time", what=self.words, cap=_span(self.cap_s or 0))
        low, high = self.temperature_c
        return msg("{what}: at most {cap} each time, at {low}–{high} °C", what=self.words, cap=_span(self.cap_s or 0),
                   low=_number(low), high=_number(high))

    def temperature_reason(self) -> Message:
        low, high = self.temperature_c or (0, 0)
        return msg("{what}: {low}–{high} °C", what=self.words, low=_number(low), high=_number(high))


def _number(value: float) -> str:
    return f"{value:g}"


def _range(low: float, high: float) -> Message:
    """30–60 s, 10–15 min, 30 s to 20 min: a range in one unit where it reads well."""
    if high <= 120:
        return msg("{low}–{high} s", low=round(low), high=round(high))
    if low >= 60 and low % 60 == 0 and high % 60 == 0:
        return msg("{low}–{high} min", low=round(low / 60), high=round(high / 60))
    return msg("{low} to {high}", low=_span(low), high=_span(high))


def _span(seconds: float) -> Message:
    """20 s, 90 s, 10 min, 2 h: a length as a person says it."""
    if seconds >= 3600 and seconds % 3600 == 0:
        return msg("{n} h", n=round(seconds / 3600))
    if seconds >= 120 and seconds % 60 == 0:
        return msg("{n} min", n=round(seconds / 60))
    if seconds >= 120:
        return msg("{n} min", n=f"{seconds / 60:g}")
    return msg("{n} s", n=round(seconds))


_ICE_SOURCE = msg("guidance 002: an ice pack for 10 min; clinicalgate, \u201cCryotherapy\u201d: protocols limit "
                  "cold to 15\u201320 min")
_IMMERSION_SOURCE = msg("Machado et al. 2016, Sports Med 46:503\u2013514: 10\u201315 \u00b0C for 10\u201315 min "
                        "gave the best soreness results")
_TOWEL_SOURCE = msg("guidance 002: a hot towel at about 40 \u00b0C for 15 min; 20 min is that length with a "
                    "margin")
_BATH_SOURCE = msg("guidance 002: 15 min of heat; a bath warms the whole body, so no longer and no warmer than "
                   "40 \u00b0C (the US CPSC hot-tub limit, advisory 79-071)")

#: Every limit, the cold and heat modalities first.
LIMITS: tuple[Limit, ...] = (
    Limit("cold", ColdModality.ICE_PACK.value, msg("an ice pack or cold towel"), 10 * 60,
          MIN_APPLICATION_S, 20 * 60, 20 * 60, _ICE_SOURCE, (0.0, 20.0), 10.0,
          msg("wrapped in a cloth, never straight on the skin; 0\u201320 \u00b0C is what the app accepts")),
    Limit("cold", ColdModality.COLD_IMMERSION.value, msg("cold-water immersion"), 10 * 60,
          MIN_APPLICATION_S, 15 * 60, 15 * 60, _IMMERSION_SOURCE, (10.0, 15.0), 12.0, _IMMERSION_SOURCE),
    Limit("heat", HeatModality.HOT_TOWEL.value, msg("a hot towel or heat pack"), 15 * 60,
          MIN_APPLICATION_S, 20 * 60, 20 * 60, _TOWEL_SOURCE, (30.0, 45.0), 40.0,
          msg("guidance 002: about 40 \u00b0C; warmer than 45 \u00b0C risks burns")),
    Limit("heat", HeatModality.WARM_BATH.value, msg("a warm bath"), 10 * 60,
          MIN_APPLICATION_S, 15 * 60, 15 * 60, _BATH_SOURCE, (30.0, 40.0), 38.0, _BATH_SOURCE),
    # A cold or heat step that names no modality (or one this version does not know): the pack's length and
    # cap, the milder and commoner way, with no shortest time (files written before modalities keep working).
    Limit("cold", None, msg("cold"), 10 * 60, None, 20 * 60, 20 * 60, _ICE_SOURCE, (0.0, 20.0), 10.0,
          msg("wrapped in a cloth, never straight on the skin; 0\u201320 \u00b0C is what the app accepts")),
    Limit("heat", None, msg("heat"), 15 * 60, None, 20 * 60, 20 * 60, _TOWEL_SOURCE, (30.0, 45.0), 40.0,
          msg("guidance 002: about 40 \u00b0C; warmer than 45 \u00b0C risks burns")),
    Limit("massage_gun", None, msg("a massage gun on one muscle group"), 75,
          60, 90, 90, msg("guidance 003: 60\u201390 s per muscle group, kept moving")),
    Limit("massage_hand", None, msg("massage by hand on one muscle group"), 2 * 60,
          30, 5 * 60, None,
          msg("guidance 004: press, knead and gently beat the sore muscle, then shake it loose; the source "
              "gives no time, so 30 s\u20135 min a muscle group is the product's choice")),
    Limit("stretch", None, msg("a static stretch"), 30, 20, None, None, msg("guidance 001, 002: at least 20 s")),
    Limit("foam_roll", None, msg("foam rolling one muscle group"), 45, 30, 60, None,
          msg("guidance 002, 003: 30\u201360 s per muscle group")),
    Limit("active", None, msg("easy walking or cycling"), 10 * 60, None, None, None,
          msg("guidance 002, 003: 10\u201315 min is suggested; no source bounds it")),
    Limit("warmup", None, msg("a dynamic warm-up drill"), 30, None, None, None,
          msg("guidance 001, 003: no source bounds a drill")),
    Limit("rest", None, msg("rest"), 30, None, None, None, msg("product: rest has no bound")),
    Limit("compression", None, msg("compression boots"), 20 * 60, None, None, None,
          msg("no source bounds a session in pneumatic compression boots; follow the maker's guidance"),
          unbounded_by_source=True),
    Limit("vibration", None, msg("a vibration plate"), 60, None, None, None,
          msg("no source bounds time on a vibration plate; follow the maker's guidance"),
          unbounded_by_source=True),
    Limit("bath", None, msg("a bath such as an Epsom-salt soak"), 15 * 60, None, None, None,
          msg("guidance 000 names it only as an optional relaxing step; no source bounds it"),
          unbounded_by_source=True),
)

_BY_KEY = {(limit.kind, limit.modality): limit for limit in LIMITS}


def limit_for(kind: str, modality: str | None = None) -> Limit:
    """The row for a step of ``kind`` (a StepKind or its value) done as ``modality``."""
    kind = str(kind)
    found = _BY_KEY.get((kind, modality)) or _BY_KEY.get((kind, None))
    if found is None:
        raise KeyError(f"no limit for {kind!r}")
    return found


def modalities(kind: str) -> tuple[str, ...]:
    """The modalities the table knows for ``kind``, in order."""
    return tuple(limit.modality for limit in LIMITS if limit.kind == str(kind) and limit.modality is not None)


def temperature_range(kind: str) -> tuple[float, float] | None:
    """The widest temperature range of any way of doing ``kind`` (None: it takes none)."""
    ranges = [limit.temperature_c for limit in LIMITS if limit.kind == str(kind) and limit.temperature_c]
    if not ranges:
        return None
    return min(low for low, _ in ranges), max(high for _, high in ranges)
