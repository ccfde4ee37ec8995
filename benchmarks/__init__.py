"""recoverykit's performance benchmarks (issue 7): ``uv run python -m benchmarks``.

Each module measures one thing and returns result rows; ``__main__`` runs them
all and prints one table. Start-up, memory and CPU are measured on child
processes (``window_child.py``) — recoverykit through its real entry point
and a bare PySide6 QMainWindow started the same way. Benchmarks are not tests:
a missed target is reported, never raised.
"""
