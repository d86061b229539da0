"""The parsed tables of the PDF fonts are kept between sessions and read back unchanged; a
damaged or foreign cache file is never trusted."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from kam_desktop.report import fonts

TABLES = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos", "ascent", "descent", "bbox")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KAM_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"


def _font() -> Path:
    return fonts.font_dir() / "DejaVuSans-Bold.ttf"


def test_second_session_reads_the_same_tables_and_subsets_the_same(cache: Path) -> None:
    parsed = TTFontFace(str(_font()))
    first = fonts._face(_font())  # parses and writes the cache
    assert len(list(cache.glob("DejaVuSans-Bold-*.pickle"))) == 1
    second = fonts._face(_font())  # reads it back
    for face in (first, second):
        for table in TABLES:
            assert getattr(face, table) == getattr(parsed, table), table
        assert face._pdfScale(1024) == parsed._pdfScale(1024) == 500.0
    glyphs = [0, *sorted({second.charToGlyph[ord(c)] for c in "Zażółć gęślą jaźń €"})]
    assert second.makeSubset(glyphs) == parsed.makeSubset(glyphs)


def test_a_damaged_cache_file_means_parsing_again(cache: Path) -> None:
    fonts._face(_font())
    (target,) = cache.glob("DejaVuSans-Bold-*.pickle")
    target.write_bytes(b"\x80\x05 not a pickle")
    face = fonts._face(_font())
    assert face.charWidths == TTFontFace(str(_font())).charWidths


def test_a_cache_file_naming_other_code_is_refused(cache: Path) -> None:
    fonts._face(_font())
    (target,) = cache.glob("DejaVuSans-Bold-*.pickle")
    target.write_bytes(pickle.dumps(_Evil()))
    face = fonts._face(_font())
    assert not Path(os.environ["KAM_DESKTOP_CACHE_DIR"], "pwned").exists()  # never run
    assert face.charToGlyph == TTFontFace(str(_font())).charToGlyph


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {os.environ['KAM_DESKTOP_CACHE_DIR']}/pwned",))


def test_an_unwritable_cache_folder_still_gives_the_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KAM_DESKTOP_CACHE_DIR", str(blocker))
    face = fonts._face(_font())
    assert face.charWidths == TTFontFace(str(_font())).charWidths
