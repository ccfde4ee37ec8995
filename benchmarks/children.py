"""Starting helper scripts as child processes and talking to them line by line.

Every child is started the same way: this interpreter, the offscreen Qt
platform, no time scale, a script path (so the working directory does not
matter). Lines the child prints are timestamped the moment they are read.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


class ChildError(RuntimeError):
    """A child process failed or did not answer in time; the message has its stderr."""


#: Where children keep compiled bytecode; set by ``bytecode_cache()`` for one run.
_PYCACHE: list[str] = []


@contextlib.contextmanager
def bytecode_cache():
    """Let children cache bytecode (in a temp dir) for the length of one benchmark run.

    An installed app has its ``.pyc`` files; with PYTHONDONTWRITEBYTECODE set
    (as on some CI machines), every start would compile every module again
    and start-up would measure the compiler. The first (unmeasured) start
    fills the cache; the source tree and the environment are not written to.
    """
    with tempfile.TemporaryDirectory(prefix="rk-bench-pycache-") as folder:
        _PYCACHE.append(folder)
        try:
            yield folder
        finally:
            _PYCACHE.remove(folder)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("RECOVERYKIT_TIME_SCALE", None)
    env.pop("RECOVERYKIT_DATA_DIR", None)
    env["PYTHONUNBUFFERED"] = "1"
    if _PYCACHE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _PYCACHE[-1]
    return env


class Child:
    """A running helper script; use as a context manager so it always ends.

    ``started_at`` is ``time.perf_counter()`` just before the process was created.
    """

    def __init__(self, script: str, *args: str) -> None:
        self._stderr = tempfile.TemporaryFile()
        self._lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / script), *args], env=child_env(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put((time.perf_counter(), line.rstrip("\n")))
        self._lines.put((time.perf_counter(), None))

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stderr_text(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def expect(self, prefix: str, timeout: float = 60.0) -> tuple[float, str]:
        """Wait for a line starting with ``prefix``; return (time read, rest of the line)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                at, line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ChildError(f"no {prefix!r} from the child within {timeout:g} s:\n"
                                 f"{self.stderr_text()}") from None
            if line is None:
                self.proc.wait()
                raise ChildError(f"the child exited ({self.proc.returncode}) before {prefix!r}:\n"
                                 f"{self.stderr_text()}")
            if line.startswith(prefix):
                return at, line[len(prefix):].strip()

    def ask(self, command: str, answer: str, timeout: float = 60.0) -> str:
        self.send(command)
        return self.expect(answer, timeout)[1]

    def result(self, timeout: float = 600.0) -> dict:
        """The JSON a one-shot child prints on its ``result`` line."""
        return json.loads(self.expect("result", timeout)[1])

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            if self.proc.poll() is None and self.proc.stdin is not None:
                try:
                    self.send("quit")
                except (BrokenPipeError, OSError):
                    pass
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        finally:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            self._reader.join(timeout=5)
            self._stderr.close()
