"""The Qt-free translation module: one-pass formatting and catalogue lookups."""

from __future__ import annotations

import pytest

from kam_desktop import i18n


def test_fmt_fills_each_placeholder_once() -> None:
    assert i18n.fmt("%1 has %2 roles", "Ann %2", 3) == "Ann %2 has 3 roles"


def test_fmt_leaves_unknown_placeholders() -> None:
    assert i18n.fmt("%1 and %3", "a") == "a and %3"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("it_IT.UTF-8", "it"), ("it", "it"), ("en-GB", "en"), ("de_DE", "en"), (None, "en"), ("", "en")],
)
def test_normalise_language(code: str | None, expected: str) -> None:
    assert i18n.normalise_language(code) == expected


def test_translate_reads_ts_catalogue(tmp_path, monkeypatch) -> None:
    ts = tmp_path / "core_it.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="it_IT">'
        "<context><name>Ctx</name>"
        "<message><source>Hello</source><translation>Ciao</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Bozza</translation></message>'
        '<message numerus="yes"><source>%n account(s)</source><translation>'
        "<numerusform>%n cliente</numerusform><numerusform>%n clienti</numerusform>"
        "</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.reset_cache()
    try:
        assert i18n.translate("Ctx", "Hello", lang="it") == "Ciao"
        assert i18n.translate("Ctx", "Hello", lang="en") == "Hello"
        assert i18n.translate("Other", "Hello", lang="it") == "Hello"
        assert i18n.translate("Ctx", "Draft", lang="it") == "Draft"  # unfinished is not used
        assert i18n.translate("Ctx", "%n account(s)", 1, lang="it") == "1 cliente"
        assert i18n.translate("Ctx", "%n account(s)", 4, lang="it") == "4 clienti"
        assert i18n.translate("Ctx", "%n account(s)", 4, lang="en") == "4 account(s)"
    finally:
        i18n.reset_cache()
