"""The interface catalogue (resources/translations/ui_it.ts): complete, current and well-formed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_IT = ROOT / "resources" / "translations" / "ui_it.ts"
UI_EN = ROOT / "resources" / "translations" / "ui_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def _forms(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms if msg.get("numerus") == "yes" else [tr.text or ""]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def test_every_italian_message_is_finished() -> None:
    unfinished = []
    for key, msg in _messages(UI_IT).items():
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            unfinished.append(key)
            continue
        forms = _forms(msg)
        if key[1] and (not forms or not all(f.strip() for f in forms)):
            unfinished.append(key)
        if msg.get("numerus") == "yes" and len(forms) != 2:
            unfinished.append(key)
    assert unfinished == []


def test_translations_keep_every_placeholder() -> None:
    broken = []
    for key, msg in _messages(UI_IT).items():
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for form in _forms(msg):
            got = sorted(set(PLACEHOLDER.findall(form)))
            # a singular form may say "one" instead of %n
            if got != wanted and not (
                msg.get("numerus") == "yes" and got == [p for p in wanted if p != "%n"]
            ):
                broken.append((key, form))
    assert broken == []


def test_catalogue_has_every_string_of_the_interface(tmp_path: Path) -> None:
    """A fresh pyside6-lupdate over ui/ and app.py finds nothing ui_it.ts lacks (or no longer uses)."""
    fresh = tmp_path / "fresh_it.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *("-extensions", "py", "-no-obsolete", "-locations", "none"),
            *("kam_desktop/ui", "kam_desktop/app.py", "-ts", str(fresh)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    extracted = _messages(fresh)
    stored = _messages(UI_IT)
    assert sorted(set(extracted) - set(stored)) == []
    assert sorted(set(stored) - set(extracted)) == []
    numerus = {k for k, m in extracted.items() if m.get("numerus") == "yes"}
    assert numerus == {k for k, m in stored.items() if m.get("numerus") == "yes"}
    assert len(numerus) >= 14
    # English needs its own plural forms ("1 day ago"); ui_en.ts holds exactly those
    assert set(_messages(UI_EN)) == numerus


def test_qt_lrelease_compiles_the_catalogue(tmp_path: Path) -> None:
    result = subprocess.run(
        [_tool("pyside6-lrelease"), str(UI_IT), "-qm", str(tmp_path / "ui_it.qm")],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "0 unfinished" in result.stdout
    assert (tmp_path / "ui_it.qm").stat().st_size > 10_000
