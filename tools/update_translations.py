"""Extract every translatable string into the .ts sources and compile the .qm catalogues.

    uv run python -m tools.update_translations          # update .ts, compile .qm
    uv run python -m tools.update_translations --check  # exit 1 if either is out of date

What is extracted (see docs/translations.md):

* every ``tr("…")`` call in ``recoverykit/`` (``recoverykit.qt.text.tr``) and every
  ``self.tr("…")`` in a QObject, by ``pyside6-lupdate``;
* the built-in routines' names, descriptions, step names, instructions and safety
  notes (``resources/routines/*.toml``), and the cold and heat phases a contrast
  set-up builds (``core/contrast.py``), into the "routines" context;
* every message template the core writes as ``msg("…")`` (``core/messages.py``),
  which the UI renders through ``tr()`` with its arguments (the limits table's words and
  reasons among them, ``core/limits.py``).

``pyside6-lupdate`` files a bare ``tr("…")`` under an empty context, while
``tr()`` looks it up under "recoverykit"; the .ts files keep the "recoverykit"
name, and this tool renames the context around the lupdate run so existing
translations are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")
APP_CONTEXT = "recoverykit"
ROUTINE_CONTEXT = "routines"


def routine_strings() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "resources" / "routines").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        texts += [data.get("name", ""), data.get("description", "")]
        for step in data.get("steps", []):
            texts += [step.get(key, "") for key in ("name", "instruction", "safety")]
    sys.path.insert(0, str(ROOT))
    from recoverykit.core import contrast  # the phases a contrast set-up builds, per modality

    for template in (*contrast._COLD.values(), *contrast._HEAT.values()):
        texts += [template.name, template.instruction, template.safety]
    return list(dict.fromkeys(t for t in texts if t))


def message_templates() -> list[str]:
    """Every template the core writes as ``msg("…")`` (core/messages.py), and the small ones it builds."""
    import ast

    texts = ["{reason} (got {value})", "{value} s"]
    for path in sorted((ROOT / "recoverykit").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                texts.append(node.args[0].value)
    return list(dict.fromkeys(texts))


def data_string_modules() -> dict[str, str]:
    """Python sources lupdate can read: one call per string from the data files.

    Two files: lupdate mixes up contexts when bare tr() calls follow translate() calls.
    """
    routines = ["from PySide6.QtCore import QCoreApplication", ""]
    routines += [f"QCoreApplication.translate({json.dumps(ROUTINE_CONTEXT)}, "
                 f"{json.dumps(text, ensure_ascii=False)})" for text in routine_strings()]
    reasons = ["from recoverykit.qt.text import tr", ""]
    reasons += [f"tr({json.dumps(text, ensure_ascii=False)})"
                for text in dict.fromkeys(message_templates())]
    return {"routine_strings.py": "\n".join(routines) + "\n",
            "reason_strings.py": "\n".join(reasons) + "\n"}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run` (it comes with PySide6)")
    return found


def _rename_context(ts: Path, old: str, new: str) -> None:
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace(f"<name>{old}</name>", f"<name>{new}</name>"), encoding="utf-8")


def update_ts(folder: Path) -> list[Path]:
    """Run lupdate over the sources into ``folder``'s .ts files (created if missing)."""
    sources = sorted(str(p) for p in (ROOT / "recoverykit").rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        extra = []
        for name, text in data_string_modules().items():
            (Path(scratch) / name).write_text(text, encoding="utf-8")
            extra.append(str(Path(scratch) / name))
        written = []
        for language in LANGUAGES:
            ts = folder / f"recoverykit_{language}.ts"
            if ts.exists():
                _rename_context(ts, APP_CONTEXT, "")
            result = subprocess.run(
                [_tool("pyside6-lupdate"), *sources, *extra, "-no-obsolete", "-locations", "none",
                 "-source-language", "en", "-target-language", language, "-ts", str(ts)],
                capture_output=True, text=True)
            if result.returncode != 0:
                raise SystemExit(result.stdout + result.stderr)
            _rename_context(ts, "", APP_CONTEXT)
            written.append(ts)
    return written


def compile_qm(ts: Path, qm: Path) -> None:
    result = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)


def out_of_date() -> list[str]:
    """The committed files that differ from a fresh extraction and compilation."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in LANGUAGES:
            committed = TRANSLATIONS / f"recoverykit_{language}.ts"
            if committed.exists():
                shutil.copyfile(committed, folder / committed.name)
        for ts in update_ts(folder):
            committed = TRANSLATIONS / ts.name
            if not committed.exists() or committed.read_bytes() != ts.read_bytes():
                stale.append(str(committed.relative_to(ROOT)))
            qm = folder / ts.with_suffix(".qm").name
            compile_qm(committed if committed.exists() else ts, qm)
            shipped = TRANSLATIONS / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                stale.append(str(shipped.relative_to(ROOT)))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.update_translations", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_date()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for ts in update_ts(TRANSLATIONS):
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
