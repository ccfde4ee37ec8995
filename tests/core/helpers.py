"""Small routines built in code for core tests."""

from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import BOTH_SIDES, Routine, Step


def make_routine(*steps: Step, routine_id: str = "test") -> Routine:
    return Routine(id=routine_id, name="Test routine", steps=tuple(steps))


def stretch(name: str = "Quad stretch", seconds: float = 30, sides=BOTH_SIDES) -> Step:
    return Step(StepKind.STRETCH, name, seconds, sides=tuple(sides))


def roll(name: str = "Foam roll: calves", seconds: float = 45) -> Step:
    return Step(StepKind.FOAM_ROLL, name, seconds)
