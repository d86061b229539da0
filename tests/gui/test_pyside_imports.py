"""Modules imported after PySide6 are checked for PySide use without their source being kept."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import kam_desktop.ui  # noqa: F401 - installs the check

feature = sys.modules["shibokensupport.feature"]


@pytest.fixture
def fresh_modules(tmp_path: Path) -> Path:
    (tmp_path / "kam_plain_helper.py").write_text("VALUE = 41 + 1\n", encoding="utf-8")
    (tmp_path / "kam_qt_helper.py").write_text(
        "from PySide6.QtCore import QObject\n\nclass Thing(QObject):\n    pass\n", encoding="utf-8"
    )
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("kam_plain_helper", "kam_qt_helper"):
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_the_answer_is_pysides_and_no_source_is_kept(fresh_modules: Path) -> None:
    plain = __import__("kam_plain_helper")  # an import statement (PySide6 hooks __import__)
    qt = __import__("kam_qt_helper")
    assert plain.VALUE == 42 and qt.Thing.__name__ == "Thing"
    # the same decision PySide6 makes: "uses PySide" (0) or "ignore in feature switching" (-1)
    assert feature.pyside_feature_dict["kam_qt_helper"] == 0
    assert feature.pyside_feature_dict["kam_plain_helper"] == -1
    # ... without their lines staying in linecache for the session
    for name in ("kam_plain_helper.py", "kam_qt_helper.py"):
        assert str(fresh_modules / name) not in linecache.cache


def test_installing_twice_changes_nothing() -> None:
    from kam_desktop.ui._pyside_imports import install

    check = feature._mod_uses_pyside
    assert install() is False
    assert feature._mod_uses_pyside is check
