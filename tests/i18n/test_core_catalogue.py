"""The core catalogue (resources/translations/core_it.ts: domain, services, store, reports, CLI):
complete, current, and holding every literal ``translate()`` of the code - also the ones
pyside6-lupdate cannot see (a call as the count, a context in a variable)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE_IT = ROOT / "resources" / "translations" / "core_it.ts"
CORE_EN = ROOT / "resources" / "translations" / "core_en.ts"
PROGRAM_IT = ROOT / "resources" / "translations" / "program_it.ts"
CORE_SOURCES = (
    "kam_desktop/domain",
    "kam_desktop/services",
    "kam_desktop/report",
    "kam_desktop/store",
    "kam_desktop/cli.py",
    "kam_desktop/cli_export.py",
    "kam_desktop/cli_data.py",
    "kam_desktop/cli_import.py",
)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
    return all(f.strip() for f in forms)


def _python_files() -> list[Path]:
    files: list[Path] = []
    for source in CORE_SOURCES:
        path = ROOT / source
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _literal_calls() -> list[tuple[str, str, str]]:
    """(file:line, context, source) of every translate/QT_TRANSLATE_NOOP with a literal text."""
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                ctx_value = context.value if isinstance(context, ast.Constant) else None
                found.append((where, str(ctx_value), text.value))
    return found


def test_every_core_message_is_finished() -> None:
    assert [key for key, msg in _messages(CORE_IT).items() if not _finished(msg)] == []


def test_every_literal_translate_call_has_a_literal_context_and_a_translation() -> None:
    catalogue = {k for k, m in {**_messages(PROGRAM_IT), **_messages(CORE_IT)}.items() if _finished(m)}
    calls = _literal_calls()
    assert len(calls) > 600
    variable_context = [where for where, ctx, _text in calls if ctx == "None"]
    assert variable_context == []  # lupdate cannot extract translate(CTX, ...)
    untranslated = [(where, ctx, text) for where, ctx, text in calls if (ctx, text) not in catalogue]
    assert untranslated == []


def test_catalogue_has_every_string_lupdate_finds(tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    assert Path(tool).exists(), "pyside6-lupdate (PySide6's tools) is a dependency of the project"
    fresh = tmp_path / "fresh_it.ts"
    subprocess.run(
        [tool, "-extensions", "py", "-no-obsolete", "-locations", "none", *CORE_SOURCES, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert sorted(set(_messages(fresh)) - set(_messages(CORE_IT))) == []
    assert sorted(set(_messages(CORE_IT)) - set(_messages(fresh))) == []


def test_plural_messages_have_their_forms_in_both_languages() -> None:
    """A count in a core message is a numerus message (``Context.tr(text, "", n)``): Italian
    forms in core_it.ts, English ones ("1 KPI" / "2 KPIs") in core_en.ts - exactly those."""
    it = {k for k, m in _messages(CORE_IT).items() if m.get("numerus") == "yes"}
    assert len(it) >= 11
    assert set(_messages(CORE_EN)) == it
    for msg in _messages(CORE_EN).values():
        forms = [f.text or "" for f in msg.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms)
    no_count = [k for k, m in _messages(CORE_IT).items() if "(s)" in k[1] and m.get("numerus") != "yes"]
    assert no_count == []  # "(s)" is what a plural form replaces
