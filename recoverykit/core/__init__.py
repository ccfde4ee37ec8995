"""Pure-Python heart of recoverykit: routines, timing and rules. Never imports Qt."""
