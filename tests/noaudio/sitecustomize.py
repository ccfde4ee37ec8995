"""A machine without the audio libraries, for every Python process started with this folder on PYTHONPATH.

``.ci/run`` runs the suite a second time with ``PYTHONPATH=tests/noaudio``:
Python loads this module at start-up in the test process and in every app,
benchmark and CLI process the tests start, and from then on Qt Multimedia and
Qt TextToSpeech fail to load exactly as they do without libpulse0: the module
is found, and loading it raises ImportError. So the README's promise (the app
and ``uv run pytest`` work on such a machine) is checked where it is made, on
a CI machine that has the libraries.

Kept to what Python imports anyway (no importlib.abc): the start-up tests
count the modules loaded before the first paint.
"""

import os
import sys
from importlib.machinery import PathFinder

BLOCKED = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
MESSAGE = "libpulse.so.0: cannot open shared object file: No such file or directory"

os.environ["RECOVERYKIT_TEST_NO_AUDIO"] = "1"


class _MissingLibrary:
    """A loader that fails the way the dynamic loader does when a linked library is missing."""

    def __init__(self, name):
        self.name = name

    def create_module(self, spec):
        raise ImportError(f"{MESSAGE} (blocked by tests/noaudio)", name=self.name)

    def exec_module(self, module):
        raise ImportError(f"{MESSAGE} (blocked by tests/noaudio)", name=self.name)


class _NoAudioLibraries:
    """Finds the audio modules where they are, with a loader that cannot load them."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in BLOCKED:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is not None:
            spec.loader = _MissingLibrary(name)
        return spec


sys.meta_path.insert(0, _NoAudioLibraries())
