"""Translations reachable from pure code (domain, services, report, cli) without Qt.

Three forms, all extracted by ``pyside6-lupdate`` from plain Python:

- ``translate("Context", "Source text")`` - translate now, in the current language;
- ``QT_TRANSLATE_NOOP("Context", "Source text")`` - mark a literal for extraction and keep the
  source text (translate it later with ``translate(context, value)``, e.g. enum labels);
- ``fmt(template, *args)`` - fill ``%1``..``%9`` in one pass, so that user text containing
  ``%2`` is never filled again ("Ann %2" stays "Ann %2").

The catalogue is read from the Qt Linguist source files in ``resources/translations``
(every ``*_<lang>.ts``: ``ui_it.ts`` for the interface, ``core_it.ts`` for
domain, services and reports - split so that they can be maintained independently), so the CLI and the PDF reports translate exactly as the GUI does
without importing Qt. The GUI additionally installs a QTranslator (ui/), which reads the same
catalogue. Never call ``translate`` with a non-literal source text except for values that were
marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "it")
SOURCE_LANGUAGE = "en"

_lock = threading.Lock()
_language = SOURCE_LANGUAGE
# a language for one piece of work (a PDF export in another language than the interface);
# a ContextVar, so an export on a worker thread does not change the interface's language
_override: ContextVar[str | None] = ContextVar("kam_i18n_language", default=None)
# language -> {(context, source): [forms]}
_catalogues: dict[str, dict[tuple[str, str], list[str]]] = {}

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so lupdate finds it
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text


def normalise_language(code: str | None) -> str:
    """'it_IT.UTF-8' -> 'it'; anything unsupported -> the source language."""
    if not code:
        return SOURCE_LANGUAGE
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Make ``code`` the language of every later ``translate``; returns the normalised code."""
    global _language
    _language = normalise_language(code)
    return _language


def language() -> str:
    """The language in force here: that of ``using_language`` if active, else the global one."""
    return _override.get() or _language


@contextlib.contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Translate into ``code`` inside the block (this thread/context only); None keeps the current."""
    chosen = normalise_language(code) if code else language()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


def translations_dir() -> Path:
    from kam_desktop.locations import resources_dir

    return resources_dir() / "translations"


def _load(lang: str) -> dict[tuple[str, str], list[str]]:
    with _lock:
        cached = _catalogues.get(lang)
        if cached is not None:
            return cached
        catalogue: dict[tuple[str, str], list[str]] = {}
        folder = translations_dir()
        paths = sorted(folder.glob(f"*_{lang}.ts")) if folder.is_dir() else []
        for path in paths:
            import xml.etree.ElementTree as ET  # only when a catalogue is read

            root = ET.parse(path).getroot()
            for ctx in root.iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    source = msg.findtext("source")
                    tr_el = msg.find("translation")
                    if source is None or tr_el is None:
                        continue
                    if tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                        continue
                    forms = [f.text or "" for f in tr_el.findall("numerusform")]
                    if not forms:
                        forms = [tr_el.text or ""]
                    if any(forms):
                        catalogue[(name, source)] = forms
        _catalogues[lang] = catalogue
        return catalogue


def lookup(context: str, text: str, n: int = -1, lang: str | None = None) -> str | None:
    """The translation of ``text`` in ``context`` or None (no %n filling)."""
    lang = normalise_language(lang) if lang else language()
    if lang == SOURCE_LANGUAGE and n < 0:
        return None
    forms = _load(lang).get((context, text))
    if not forms:
        return None
    if n < 0 or len(forms) == 1:
        return forms[0]
    return forms[_plural_index(lang, n, len(forms))]


def _plural_index(lang: str, n: int, count: int) -> int:
    # English and Italian: singular for exactly 1, plural otherwise.
    del lang
    return 0 if n == 1 else min(1, count - 1)


def translate(
    context: str,
    text: str,
    disambiguation: str | int | None = None,
    n: int = -1,
    lang: str | None = None,
) -> str:
    """``text`` in the current language (or ``lang``); ``%n`` becomes ``n`` when n >= 0.

    The signature is Qt's (``QCoreApplication.translate(context, text, disambiguation, n)``), so
    ``pyside6-lupdate`` extracts plural forms: write ``translate("Ctx", "%n item(s)", None, n)``.
    For compatibility an int in third place is taken as ``n``.
    """
    if isinstance(disambiguation, int) and not isinstance(disambiguation, bool):
        n = disambiguation
    result = lookup(context, text, n, lang) or text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def field_label(text: str) -> str:
    """A field's name inside a message (validation), in the language in force: call sites mark
    it with ``QT_TRANSLATE_NOOP("Field", "Account name")``; text already translated (or a user's
    own word) passes through unchanged."""
    return translate("Field", text)


def fmt(template: str, *args: object) -> str:
    """Fill %1..%9 with ``args`` in one pass: text inside the arguments is never filled again."""

    def repl(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if 0 <= index < len(args):
            return str(args[index])
        return match.group(0)

    return _PLACEHOLDER.sub(repl, template)


def sentence(text: str) -> str:
    """One full stop at the end of a sentence that ends with a name ending in one ("... of
    Cobalt S.p.A.", not "S.p.A.."); an ellipsis is left as it is."""
    return text[:-1] if text.endswith("..") and not text.endswith("...") else text


class Context:
    """A translation context with Qt's ``tr`` (text, disambiguation, n), for plural forms outside
    the interface: ``Kpi = Context("Kpi")`` then ``Kpi.tr("%n KPI(s) behind.", "", n)``.

    ``pyside6-lupdate`` marks a message as numerus (plural forms in the .ts) only for ``tr()``
    calls, taking the name before ``.tr`` as the context - so the variable must be named exactly
    as the context. ``translate(ctx, text, None, n)`` would lose its plural forms at the next
    lupdate. English plural forms live in ``*_en.ts``.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        del disambiguation
        return translate(self.name, text, None, n)


class TranslatedMapping(dict[K, str]):
    """A table of source texts (marked with QT_TRANSLATE_NOOP) that reads back translated.

    ``RULE_TEXT[phase]`` and friends stay plain lookups for their users while returning the
    text in the language in force; ``source(key)`` gives the English source.
    """

    def __init__(self, context: str, items: dict[K, str]) -> None:
        super().__init__(items)
        self.context = context

    def __getitem__(self, key: K) -> str:
        return translate(self.context, super().__getitem__(key))

    def get(self, key: K, default: str | None = None) -> str | None:  # type: ignore[override]
        if key not in self:
            return default
        return self[key]

    def values(self) -> list[str]:  # type: ignore[override]
        return [self[k] for k in self]

    def items(self) -> list[tuple[K, str]]:  # type: ignore[override]
        return [(k, self[k]) for k in self]

    def source(self, key: K) -> str:
        return super().__getitem__(key)


def reset_cache() -> None:
    """Forget loaded catalogues (tests that rewrite a .ts file)."""
    with _lock:
        _catalogues.clear()
