"""One table of safety limits: every consumer reads it, the docs show it, the command line says it."""

from __future__ import annotations

import ast
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import recoverykit
from recoverykit.assets import builtin_routines_dir
from recoverykit.cli import check_routine_file
from recoverykit.cli_language import language_from, words
from recoverykit.core import caps, contrast_bounds, kinds
from recoverykit.core.contrast import ContrastPlan
from recoverykit.core.kinds import KINDS, StepKind
from recoverykit.core.library import load_library
from recoverykit.core.limits import LIMITS, ColdModality, HeatModality, limit_for
from recoverykit.core.step_rules import duration_problem, step_limit, temperature_problem
from tools import limits_table

PACKAGE = Path(recoverykit.__file__).parent
#: The modules that say how long or how warm a step may be; none may hold a number of its own.
CONSUMERS = ["core/kinds.py", "core/caps.py", "core/contrast_bounds.py", "core/contrast.py", "core/step_rules.py",
             "core/guidance.py", "core/health_check.py", "core/machine.py", "settings.py",
             "ui/contrast/contrast_setup_page.py", "ui/editor/step_form.py", "ui/editor/routine_editor.py",
             "ui/session/preview_page.py"]


def _file(tmp_path: Path, kind: str, seconds: float, extra: str = "", sides: str = "") -> Path:
    path = tmp_path / f"{kind}-{seconds:g}.toml"
    path.write_text(f'format = "recoverykit-routine"\nversion = 1\nid = "x"\nname = "X"\n\n[[steps]]\n'
                    f'kind = "{kind}"\nname = "Step"\nduration_s = {seconds}\n{sides}{extra}\n', encoding="utf-8")
    return path


def _check(path: Path, language: str = "en") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    return check_routine_file(str(path), out, err, language=language), err.getvalue()


@pytest.mark.parametrize(("kind", "seconds", "extra"), [
    ("cold", 12 * 60, 'modality = "cold_immersion"\ntemperature_c = 12'),
    ("heat", 15 * 60, 'modality = "hot_towel"\ntemperature_c = 40'),
    ("cold", 20 * 60, 'modality = "ice_pack"'),
    ("heat", 15 * 60, 'modality = "warm_bath"\ntemperature_c = 40'),
])
def test_routines_check_accepts_what_the_table_allows(tmp_path, kind, seconds, extra):
    assert _check(_file(tmp_path, kind, seconds, extra)) == (0, "")


@pytest.mark.parametrize(("kind", "seconds", "extra", "says"), [
    ("cold", 20 * 60, 'modality = "cold_immersion"\ntemperature_c = 12', "cold-water immersion lasts at most 15 min"),
    ("cold", 10 * 60, 'modality = "cold_immersion"\ntemperature_c = 5', "cold-water immersion: 10–15 °C"),
    ("cold", 25 * 60, 'modality = "ice_pack"', "an ice pack or cold towel lasts at most 20 min each time"),
    ("heat", 2 * 3600, "", "heat lasts at most 20 min each time"),
    ("heat", 10 * 60, 'modality = "warm_bath"\ntemperature_c = 43', "a warm bath: 30–40 °C"),
])
def test_routines_check_refuses_past_the_table_naming_cap_and_source(tmp_path, kind, seconds, extra, says):
    status, said = _check(_file(tmp_path, kind, seconds, extra))
    assert status == 1 and says in said and "(source: " in said
    status, chinese = _check(_file(tmp_path, kind, seconds, extra), "zh_CN")
    assert status == 1 and "来源" in chinese and "source" not in chinese


def test_under_language_zh_cn_the_installed_command_refuses_in_chinese(tmp_path):
    path = _file(tmp_path, "cold", 20 * 60, 'modality = "cold_immersion"\ntemperature_c = 12')
    env = {**os.environ, "LANGUAGE": "zh_CN", "RECOVERYKIT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "recoverykit", "routines", "--check", str(path)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "冷水浸泡每次最多 15 分钟" in result.stderr and "来源" in result.stderr


def test_the_language_comes_from_the_setting_then_the_environment():
    assert language_from({"LANGUAGE": "zh_CN:en", "LANG": "de_DE.UTF-8"}) == "zh_CN"
    assert language_from({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert language_from({"LANG": "C.UTF-8"}) == "en"
    assert language_from({"LANG": "zh_CN.UTF-8"}, setting="en") == "en"
    assert words(limit_for("cold", "cold_immersion").cap_reason(), "xx_YY").startswith("cold-water immersion")


def test_a_hand_massage_file_passes_and_leg_day_offers_it(tmp_path):
    assert _check(_file(tmp_path, "massage_hand", 120, sides='sides = ["left", "right"]\n')) == (0, "")
    library = load_library(builtin_routines_dir())
    leg_day = library.get("leg-day")
    assert any(step.kind is StepKind.MASSAGE_HAND and step.illustration == "hand-massage-calves"
               for step in leg_day.steps)
    assert [step.kind for step in library.get("hand-massage").steps] == [StepKind.MASSAGE_HAND] * 2
    assert "30 s to 5 min" in duration_problem(StepKind.MASSAGE_HAND, 301)


def test_every_consumer_reads_the_one_table():
    for kind in StepKind:
        row = limit_for(kind.value)
        assert (KINDS[kind].bounds.min_s, KINDS[kind].bounds.max_s) == (row.plan_min_s, row.plan_max_s)
        assert KINDS[kind].default_temperature_c == row.default_temperature_c
    for limit in LIMITS:
        kind = StepKind(limit.kind)
        assert step_limit(kind, limit.modality) is limit
        cap = caps.cap_for(kind, limit.modality)
        assert (cap.total_s if cap else None) == limit.cap_s
    for modality in ColdModality:
        row = limit_for("cold", modality.value)
        assert (contrast_bounds.COLD_PHASE[modality].low, contrast_bounds.COLD_PHASE[modality].high) == (
            row.plan_min_s, row.plan_max_s)
        assert (contrast_bounds.COLD_TEMPERATURE_C[modality].low,
                contrast_bounds.COLD_TEMPERATURE_C[modality].high) == row.temperature_c
    for modality in HeatModality:
        row = limit_for("heat", modality.value)
        assert (contrast_bounds.HEAT_PHASE[modality].low, contrast_bounds.HEAT_PHASE[modality].high) == (
            row.plan_min_s, row.plan_max_s)
        assert temperature_problem(StepKind.HEAT, row.temperature_c[1] + 1, modality.value)
    plan = ContrastPlan()
    assert (plan.cold_s, plan.heat_s, plan.heat_temperature_c) == (
        limit_for("cold", "ice_pack").default_s, limit_for("heat", "hot_towel").default_s,
        limit_for("heat", "hot_towel").default_temperature_c)
    assert kinds.HEAT_TEMPERATURE_RANGE_C == (30.0, 45.0) and kinds.COLD_TEMPERATURE_RANGE_C == (0.0, 20.0)


def _own_numbers(path: Path) -> list[str]:
    """Cold and heat lengths written as minutes (``10 * 60``) or seconds, and temperatures the table holds."""
    cold_and_heat = [limit for limit in LIMITS if limit.kind in ("cold", "heat")]
    lengths = {value for limit in cold_and_heat for value in (limit.default_s, limit.plan_max_s, limit.cap_s)} | {
        180}  # the old immersion bound
    minutes = {value / 60 for value in lengths} | {3}
    warmth = {limit.default_temperature_c for limit in cold_and_heat} | {
        value for limit in cold_and_heat for value in limit.temperature_c if value >= 12}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and all(
                isinstance(side, ast.Constant) for side in (node.left, node.right)) and 60 in (
                node.left.value, node.right.value) and {node.left.value, node.right.value} & minutes:
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float) and (
                node.value in lengths or (isinstance(node.value, float) and node.value in warmth)):
            found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_no_consumer_holds_a_number_of_its_own_for_a_length_or_temperature():
    found = [line for name in CONSUMERS for line in _own_numbers(PACKAGE / name)]
    assert found == []
    assert _own_numbers(PACKAGE / "core" / "limits.py"), "the check must see the table's own numbers"


def test_the_docs_table_is_the_codes():
    assert limits_table.current() == limits_table.table()


def test_the_readme_says_the_tables_caps_and_none_of_the_old_bounds():
    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())
    minutes = {key: round(limit_for(*key).cap_s / 60) for key in (
        ("cold", "ice_pack"), ("cold", "cold_immersion"), ("heat", "hot_towel"), ("heat", "warm_bath"))}
    for said in (f"an ice pack {minutes['cold', 'ice_pack']} min",
                 f"cold-water immersion {minutes['cold', 'cold_immersion']} min",
                 f"hot towel or pack {minutes['heat', 'hot_towel']} min",
                 f"a warm bath {minutes['heat', 'warm_bath']} min",
                 f"a massage gun {round(limit_for('massage_gun').cap_s)} s per muscle group"):
        assert said in readme, said
    for stale in ("immersion at most 3 min", "ice pack at most 10 min", "10 min a phase"):
        assert stale not in readme, stale


def test_other_refusals_of_the_command_line_speak_the_language_too(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "x"}', encoding="utf-8")
    env = {**os.environ, "LANGUAGE": "zh_CN", "RECOVERYKIT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "recoverykit", "import", str(bad)], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1 and "不是 recoverykit 历史记录" in result.stderr
