"""The session states, the operations each accepts, and every allowed transition."""

from __future__ import annotations

from enum import StrEnum

from recoverykit.core.events import PhaseKind


class State(StrEnum):
    IDLE = "idle"
    GET_READY = "get_ready"
    RUNNING = "running"
    SWITCHING = "switching"
    #: Between steps, waiting for the user to start the next one (no deadline).
    WAITING = "waiting"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Op(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    EXTEND = "extend"
    STOP = "stop"


ACTIVE_STATES = frozenset({State.GET_READY, State.RUNNING, State.SWITCHING, State.WAITING, State.PAUSED})

#: The operations each state accepts; anything else raises TransitionError.
ALLOWED: dict[State, frozenset[Op]] = {
    State.IDLE: frozenset({Op.START}),
    State.GET_READY: frozenset({Op.PAUSE, Op.SKIP, Op.EXTEND, Op.STOP}),
    State.RUNNING: frozenset({Op.PAUSE, Op.SKIP, Op.BACK, Op.EXTEND, Op.STOP}),
    State.SWITCHING: frozenset({Op.PAUSE, Op.SKIP, Op.BACK, Op.EXTEND, Op.STOP}),
    State.WAITING: frozenset({Op.RESUME, Op.SKIP, Op.BACK, Op.STOP}),
    State.PAUSED: frozenset({Op.RESUME, Op.SKIP, Op.BACK, Op.EXTEND, Op.STOP}),
    State.FINISHED: frozenset(),
    State.STOPPED: frozenset(),
}

#: Every state change the machine may make.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.IDLE: frozenset({State.GET_READY, State.RUNNING}),
    State.GET_READY: frozenset({State.RUNNING, State.PAUSED, State.STOPPED}),
    State.RUNNING: frozenset(
        {State.RUNNING, State.SWITCHING, State.WAITING, State.PAUSED, State.FINISHED, State.STOPPED}
    ),
    State.WAITING: frozenset({State.RUNNING, State.STOPPED}),
    State.SWITCHING: frozenset({State.RUNNING, State.PAUSED, State.STOPPED}),
    State.PAUSED: frozenset(
        {State.GET_READY, State.RUNNING, State.SWITCHING, State.PAUSED, State.FINISHED, State.STOPPED}
    ),
    State.FINISHED: frozenset(),
    State.STOPPED: frozenset(),
}

PHASE_STATE = {
    PhaseKind.GET_READY: State.GET_READY,
    PhaseKind.WORK: State.RUNNING,
    PhaseKind.SWITCH_SIDES: State.SWITCHING,
    PhaseKind.CHANGE_POSITION: State.SWITCHING,
}

COUNTDOWN_SECONDS = (3, 2, 1)
