"""`recoverykit routines --check FILE` and the user's routines in `recoverykit routines`."""

from __future__ import annotations

import io
import subprocess
import sys

from recoverykit import cli
from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Routine, Step
from recoverykit.core.routine_writer import routine_path, write_routine

MINE = Routine("mine", "My routine", (Step(StepKind.STRETCH, "Quad", 30.0), Step(StepKind.BATH, "Soak", 900.0)))


def test_a_valid_file_prints_a_summary(tmp_path):
    path = write_routine(MINE, tmp_path / "mine.toml")
    out, err = io.StringIO(), io.StringIO()
    assert cli.check_routine_file(str(path), out, err) == 0
    assert "a valid routine" in out.getvalue() and "Soak" in out.getvalue()
    assert err.getvalue() == ""


def test_a_bad_file_names_file_step_and_field(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(write_routine(MINE, tmp_path / "x.toml").read_text().replace("duration_s = 30", "duration_s = 5"))
    out, err = io.StringIO(), io.StringIO()
    assert cli.check_routine_file(str(path), out, err) == 1
    assert "bad.toml: step 1 (Quad): duration_s: a static stretch" in err.getvalue()
    assert out.getvalue() == ""


def test_a_missing_file_is_an_error(tmp_path):
    err = io.StringIO()
    assert cli.check_routine_file(str(tmp_path / "none.toml"), io.StringIO(), err) == 1
    assert "none.toml: cannot be read" in err.getvalue()


def test_user_routines_are_listed(paths):
    write_routine(MINE, routine_path(paths.user_routines, "mine"))
    out = io.StringIO()
    assert cli.print_routines(paths, False, out, io.StringIO()) == 0
    assert "My routine" in out.getvalue()
    json_out = io.StringIO()
    cli.print_routines(paths, True, json_out, io.StringIO())
    assert '"builtin": false' in json_out.getvalue()


def test_check_does_not_import_qt(tmp_path):
    path = write_routine(MINE, tmp_path / "mine.toml")
    script = ("import sys\nfrom recoverykit.__main__ import main\n"
              f"code = main(['routines', '--check', {str(path)!r}])\n"
              "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
              "sys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
