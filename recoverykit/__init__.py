"""recoverykit: a desktop companion for recovering after a run or a hard leg day."""

__version__ = "0.1.0"
APP_ID = "io.github.recoverykit.RecoveryKit"
