"""House rules for translatable text, checked over the source (qutebrowser-style misc checks).

- ``tr(`` only with a string literal: ``pyside6-lupdate`` cannot extract ``tr(label)``, so such a
  text is never translated. Values from tables of texts are marked with ``QT_TRANSLATE_NOOP``
  and translated with ``translate(context, value)`` / ``QCoreApplication.translate``.
- never ``.replace("%1", x)``: placeholders are filled in one pass by ``i18n.fmt`` (a name
  containing "%2" must not be filled again).
- ``tr`` is only called on ``self`` (or a class): ``window.tr("x")`` is extracted under the
  context "window", which Qt never asks for at run time.
- no literal ``tr("x")`` / ``translate("C", "x")`` inside an f-string: lupdate does not look inside
  f-strings, so the text would silently stay English.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "kam_desktop"

TR_NON_LITERAL = re.compile(r"""\btr\(\s*+(?!["')])""")
REPLACE_PLACEHOLDER = re.compile(r"""\.replace\(\s*["']%\d""")
TR_ON_A_VARIABLE = re.compile(r"""\b(?!self\b)(?!QObject\b)([a-z_]\w*)\.tr\(""")


def _python_sources() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "_data" not in p.parts)


def _offences(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in _python_sources():
        text = path.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            source_line = text.splitlines()[line - 1].strip()
            if source_line.startswith("def ") or source_line.startswith("#"):
                continue
            found.append(f"{path.relative_to(ROOT.parent)}:{line}: {source_line}")
    return found


def test_tr_is_only_called_with_a_literal() -> None:
    assert _offences(TR_NON_LITERAL) == []


def test_no_placeholder_is_filled_with_replace() -> None:
    assert _offences(REPLACE_PLACEHOLDER) == []


def test_tr_is_only_called_on_self() -> None:
    assert _offences(TR_ON_A_VARIABLE) == []


def test_the_check_catches_what_it_should() -> None:
    assert TR_NON_LITERAL.search("self.tr(label)")
    assert TR_NON_LITERAL.search("st.tr(\n    ROLE_DESCRIPTIONS[r])")
    assert not TR_NON_LITERAL.search('self.tr("Save")')
    assert not TR_NON_LITERAL.search("self.tr(\n    'Save'\n)")
    assert REPLACE_PLACEHOLDER.search('self.tr("Hi %1").replace("%1", name)')
    assert not REPLACE_PLACEHOLDER.search('query.replace("%", "\\\\%")')
    assert TR_ON_A_VARIABLE.search('window.tr("Export")')
    assert not TR_ON_A_VARIABLE.search('self.tr("Export")')


_LIT = r"""(?:'[^']*'|"[^"]*")"""
LITERAL_CALL = re.compile(rf"\btr\(\s*{_LIT}\s*[,)]|\btranslate\(\s*{_LIT}\s*,\s*{_LIT}\s*[,)]")


def _fstrings_with_literal_calls(text: str) -> list[int]:
    lines = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING:
            prefix = re.match(r"[A-Za-z]*", tok.string)
            if prefix and "f" in prefix.group().lower() and LITERAL_CALL.search(tok.string):
                lines.append(tok.start[0])
    return lines


def test_no_literal_translation_inside_an_f_string() -> None:
    found = []
    for path in _python_sources():
        if "ui" not in path.parts:
            continue  # the interface; report/ and the rest are checked by their catalogue's owner
        for line in _fstrings_with_literal_calls(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(ROOT.parent)}:{line}")
    assert found == []


def test_the_f_string_check_catches_what_it_should() -> None:
    assert _fstrings_with_literal_calls("x = f\"<b>{self.tr('Save')}</b>\"\n") == [1]
    assert _fstrings_with_literal_calls("x = f\"{translate('Team', 'archived')}\"\n") == [1]
    assert _fstrings_with_literal_calls("x = f\"{translate('Team', label)}\"\n") == []
    assert _fstrings_with_literal_calls('x = "<b>" + self.tr("Save")\n') == []
