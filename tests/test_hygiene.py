"""A guard over the test suite itself: the weakest patterns of issue 12 do not come back.

Each of these lets a test pass whatever the code does:
- an ``except ...:`` whose whole body is ``pass`` or ``continue`` ("stored exactly or refused"
  tests that pass either way: use the oracle in tests/hostile.py and ``pytest.raises``);
- ``except Exception`` / a bare ``except:`` in a test;
- ``assert code != 0`` (or ``returncode``, ``rc``, ``exit_code``): four different refusals all
  pass it - pin the exit code (2) and the message;
- ``assert <something>.summary`` / ``.message`` / ``.text`` alone: any text passes - compare it;
- driving a dialog through its private ``_on_ok()`` / ``_accept()`` instead of its buttons;
- ``pytest.skip`` outside the few places that may skip (a missing tool, a mount not allowed,
  a Python version), where a skip would silently hide a case;
- a ``for`` loop of asserts straight over a query result or a listing (``.execute(...)``,
  ``.scalars(...)``, ``.fetchall()``, ``.all()``, ``findChildren``, ``glob``, ``iterdir``): when
  it is empty nothing is checked - wrap it in ``nonempty(...)`` (tests/conftest.py) or pin the
  rows first.

A line may opt out with ``# hygiene: <why, in a few words>`` when the pattern is not a test's
escape hatch (a helper that plants data, a cleanup that must not mask the real failure).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SKIPPED_DIRS = {"perf", "soak", "data", "__pycache__"}  # benchmarks and the soak are tools
# a tool that is not installed (CI installs it), a mount that is not allowed, a Python version
SKIP_ALLOWED = {
    "mounts.py",
    "test_ui_catalogue.py",
    "test_packaging.py",
    "i18n/test_content_it.py",
    "gui/test_main_window.py",
}
_CODE = re.compile(r"(^|_)(code|rc|returncode|exit_code|status_code)$")
_TEXTY = {"summary", "message", "text", "detail", "err", "stderr"}
_LISTINGS = {"execute", "scalars", "fetchall", "all", "findChildren", "glob", "rglob", "iterdir", "listdir"}
_OPT_OUT = re.compile(r"#\s*hygiene:\s*\S.{4,}")


def _files() -> list[Path]:
    out = []
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS)
        if rel.parts[0] in SKIPPED_DIRS or path.name in {"test_hygiene.py", "mutate.py"}:
            continue
        out.append(path)
    return out


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def problems_in(source: str, rel: str) -> list[str]:
    """Every weak pattern in one test file's source, as 'file:line: what'."""
    lines = source.splitlines()
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        if not _OPT_OUT.search(text):
            found.append(f"{rel}:{line}: {what}")

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ExceptHandler):
            if node.type is None or _name(node.type) in {"Exception", "BaseException"}:
                report(node, "catches every exception")
            if len(node.body) == 1 and isinstance(node.body[0], ast.Pass | ast.Continue):
                report(node, f"except ...: {type(node.body[0]).__name__.lower()} (passes either way)")
        elif isinstance(node, ast.Assert):
            test = node.test
            if (
                isinstance(test, ast.Compare)
                and len(test.ops) == 1
                and isinstance(test.ops[0], ast.NotEq)
                and isinstance(test.comparators[0], ast.Constant)
                and test.comparators[0].value == 0
                and _CODE.search(_name(test.left))
            ):
                report(node, "assert code != 0 (pin the exit code and the message)")
            if isinstance(test, ast.Attribute) and test.attr in _TEXTY:
                report(node, f"assert <...>.{test.attr} (any text passes)")
        elif isinstance(node, ast.For):
            asserts = any(isinstance(inner, ast.Assert) for part in node.body for inner in ast.walk(part))
            if asserts and isinstance(node.iter, ast.Call) and _name(node.iter.func) in _LISTINGS:
                report(node, f"for ... in ...{_name(node.iter.func)}(): asserts nothing when it is empty")
        elif isinstance(node, ast.Call):
            called = _name(node.func)
            if called in {"_on_ok", "_accept", "_on_accept"}:
                report(node, f"{called}() drives a dialog past its buttons")
            if (
                called == "skip"
                and isinstance(node.func, ast.Attribute)
                and _name(node.func.value) == "pytest"
                and rel not in SKIP_ALLOWED
            ):
                report(node, "pytest.skip outside tests/hygiene's SKIP_ALLOWED (a hidden case)")
    return found


def test_no_weak_patterns_in_the_tests() -> None:
    files = _files()
    assert len(files) > 80  # the walk found the suite
    found = []
    for path in files:
        found += problems_in(path.read_text(encoding="utf-8"), path.relative_to(TESTS).as_posix())
    assert found == []


@pytest.mark.parametrize(
    "snippet",
    [
        "try:\n    f()\nexcept ValidationError:\n    pass\n",
        "for x in y:\n    try:\n        f(x)\n    except Exception:\n        continue\n",
        "try:\n    f()\nexcept:\n    raise\n",
        "assert code != 0\n",
        "assert result.returncode != 0\n",
        "assert error.check.summary\n",
        "assert err.value.message\n",
        "dialog._on_ok()\n",
        "pytest.skip('why not')\n",
        "for (on,) in demo.execute('SELECT held_on FROM review'):\n    assert on <= TODAY\n",
        "for label in dialog.findChildren(QLabel):\n    assert label.text()  == 'x'\n",
    ],
)
def test_the_guard_sees_each_pattern(snippet: str) -> None:
    assert len(problems_in(snippet, "tests/x.py")) >= 1


@pytest.mark.parametrize(
    "snippet",
    [
        "with pytest.raises(ValidationError):\n    f()\n",
        "assert code == 2\n",
        "assert error.check.summary == 'The file is damaged.'\n",
        "try:\n    f()\nexcept KeyError:  # hygiene: planting data, an enum column refuses text\n    pass\n",
        "QTest.mouseClick(dialog.ok_button, Qt.LeftButton)\n",
        "for (on,) in nonempty(demo.execute('SELECT held_on FROM review')):\n    assert on <= TODAY\n",
        "for row in session.execute(q):\n    rows.append(row)\n",
    ],
)
def test_the_guard_leaves_strong_tests_alone(snippet: str) -> None:
    assert problems_in(snippet, "tests/x.py") == []
