"""The PDF fonts, shipped in resources/fonts, with per-character fallback.

- DejaVu Sans (regular, bold, oblique): Latin, Greek, Cyrillic, Hebrew, €, most symbols;
- Noto Sans Arabic (regular, bold): Arabic, including the presentation forms that
  ``text.shape`` produces (ReportLab draws glyphs left to right and does not shape);
- Droid Sans Fallback: Chinese, Japanese (kana and kanji) and Korean (Hangul);
- Symbola (a monochrome subset: symbols, dingbats, math letters, emoji).

All TrueType (ReportLab reads TrueType outlines only). ``runs`` cuts a text into pieces that
one font can draw; ``text.markup`` and the canvas (``canvas.py``) use it, so every visible
character has a glyph when any shipped font has one. Registered once per process (ReportLab's
font registry is global): the three DejaVu faces on the first export, each fallback font (5 MB
of CJK, Arabic and symbols, slow to parse) only when a text first needs it. Parsed font tables
are kept in the user cache folder for the next session (see ``_face``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REGULAR = "KamSans"
BOLD = "KamSans-Bold"
ITALIC = "KamSans-Oblique"
ARABIC = "KamArabic"
ARABIC_BOLD = "KamArabic-Bold"
CJK = "KamCJK"
SYMBOLS = "KamSymbols"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
    SYMBOLS: "Symbola-emoji.ttf",
}
_BOLD_OF = {REGULAR: BOLD, ARABIC: ARABIC_BOLD}
_BASE = (REGULAR, BOLD, ITALIC)
_ISOLATES = (0x2066, 0x2067, 0x2068, 0x2069)  # LRI, RLI, FSI, PDI
_lock = threading.Lock()
_registered = False
_folder: Path | None = None
_cmaps: dict[str, dict[int, int]] = {}
log = logging.getLogger(__name__)


def font_dir() -> Path:
    from kam_desktop.locations import resources_dir

    return resources_dir() / "fonts"


def register_fonts(directory: Path | None = None) -> None:
    """Register the DejaVu faces under our family names, and the fallbacks' family mappings
    (idempotent, thread-safe). The fallback fonts themselves load on first use (``_cmap``)."""
    global _registered, _folder
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import ttfonts

        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
        _folder = directory or font_dir()
        for name in _BASE:
            _load(name)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        for family in (ARABIC, CJK, SYMBOLS):
            bold = _BOLD_OF.get(family, family)
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
        _registered = True


def _load(name: str) -> dict[int, int]:
    """Parse and register one shipped font (the caller holds ``_lock``); its character map."""
    from reportlab.pdfbase import pdfmetrics, ttfonts

    path = (_folder or font_dir()) / _FILES[name]
    face = _face(path)
    parse = ttfonts.TTFontFace
    ttfonts.TTFontFace = lambda *_args, **_kwargs: face  # the TTFont around the face we have
    try:
        font = ttfonts.TTFont(name, str(path), shapable=False)
    finally:
        ttfonts.TTFontFace = parse
    for code in _ISOLATES:  # bidi isolates (``text.isolate``) take no room; never drawn
        font.face.charWidths[code] = 0
    pdfmetrics.registerFont(font)
    cmap: dict[int, int] = font.face.charToGlyph
    _cmaps[name] = cmap
    return cmap


# --- the parsed tables of a font, kept between sessions ---------------------------------------
# ReportLab parses a TrueType file in pure Python: about 22 ms for each DejaVu face, 66 ms of
# every session's first export. The parsed tables (character map, widths, glyph offsets) are
# kept in the user's cache folder, keyed by the font file (path, size, modification time) and
# ReportLab's version; the next session reads them back in about a third of the time. Any problem with the cache
# (missing, unreadable, another format, read-only folder) means parsing the file, as before.

_CACHE_FORMAT = 1
_NOT_CACHED = ("_ttf_data", "_pdfScale")  # the file's bytes (read anyway), a function


def _face(path: Path) -> Any:
    """ReportLab's parsed face of the font file at ``path``, from the cache when it holds it."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    data = path.read_bytes()
    cached = _cache_file(path, data)
    if cached is not None:
        try:
            state = _SafeUnpickler(io.BytesIO(cached.read_bytes())).load()
            face = TTFontFace.__new__(TTFontFace)
            face.__dict__.update(state)
            face._ttf_data = data
            face._pdfScale = _scale(face.unitsPerEm)
            return face
        except FileNotFoundError:
            pass
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file: parse instead
            log.info("font cache %s unreadable; parsing %s", cached, path.name)
    face = TTFontFace(str(path))
    if cached is not None:
        _store(cached, {k: v for k, v in face.__dict__.items() if k not in _NOT_CACHED})
    return face


def _scale(units_per_em: int) -> Any:
    """ReportLab's font-unit to PDF-unit scaling, as its parser makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _cache_file(path: Path, data: bytes) -> Path | None:
    try:
        import reportlab

        from kam_desktop.paths import cache_dir

        stat = path.stat()
        key = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{len(data)}".encode())
        key.update(f"|{reportlab.Version}|{_CACHE_FORMAT}".encode())
        return cache_dir() / "fonts" / f"{path.stem}-{key.hexdigest()[:32]}.pickle"
    except Exception:  # noqa: BLE001 - no cache folder: parse every time
        return None


def _store(target: Path, state: dict[str, Any]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, target)
    except OSError as error:  # a read-only or full disk: parse next time too
        log.info("font cache not written (%s)", error)


class _SafeUnpickler(pickle.Unpickler):
    """Reads only what a parsed face holds: built-in containers and ReportLab's name strings."""

    _ALLOWED = {("reportlab.pdfbase.ttfonts", "TTFNameBytes")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a font cache")


def _cmap(name: str) -> dict[int, int]:
    """The character map of a shipped font, registering the font the first time."""
    cmap = _cmaps.get(name)
    if cmap is None:
        register_fonts()
        with _lock:
            cmap = _cmaps.get(name)
            if cmap is None:
                cmap = _load(name)
                if name == ARABIC and ARABIC_BOLD not in _cmaps:  # bold Arabic text maps to it
                    _load(ARABIC_BOLD)
    return cmap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, fixed for characters beyond U+FFFF and for Arabic forms.

    ReportLab writes ``<1F680>`` for an emoji, which is not valid hexadecimal UTF-16 (readers
    then drop the character from the text layer); here such a character is written as its
    surrogate pair. Arabic presentation forms (the joined letters ``text.shape`` draws) map to
    the letters they show, so copied and extracted text holds ordinary Arabic letters.
    """

    def utf16(code: int) -> str:
        text = chr(code)
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            text = unicodedata.normalize("NFKC", text) or text
        return text.encode("utf-16-be").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _is_arabic(code: int) -> bool:
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _attaches(ch: str) -> bool:
    """Marks and joiners belong to the character before them (same font, same run)."""
    return (
        bool(unicodedata.combining(ch))
        or ch in "\u200c\u200d\ufe0e\ufe0f"
        or unicodedata.category(ch) == "Me"
    )


def font_for(ch: str, base: str = REGULAR) -> str:
    """The font that draws ``ch``: ``base`` if it can, else the first shipped font that can."""
    register_fonts()
    code = ord(ch)
    if _is_arabic(code):
        arabic = ARABIC_BOLD if base == BOLD else ARABIC
        if code in _cmap(arabic):
            return arabic
    if code >= 0x1F000 and code in _cmap(SYMBOLS):
        return SYMBOLS  # emoji: one consistent (monochrome) style, not DejaVu's few
    if base in _FILES and code in _cmap(base):
        return base
    for name in (REGULAR, CJK, SYMBOLS, ARABIC):
        if code in _cmap(name):
            return name
    return base


def runs(text: str, base: str = REGULAR) -> Iterator[tuple[str, str]]:
    """(font, piece) pieces of ``text``; marks and joiners stay with their base character.

    Spaces and other characters ``base`` has stay in the current run, so a line is cut
    only where the script changes.
    """
    register_fonts()
    base_cmap = _cmap(base) if base in _FILES else {}
    current = ""
    piece: list[str] = []
    for ch in text:
        code = ord(ch)
        if code in _ISOLATES:  # invisible and without width: in the current run, or ``base``'s
            if not piece:
                current = base
            piece.append(ch)
            continue
        if piece and (
            (code >= 0x300 and _attaches(ch))  # no mark or joiner below U+0300
            or (ch == " " and 0x20 in _cmaps.get(current, base_cmap))
        ):
            piece.append(ch)
            continue
        # below U+0600 (no Arabic, no emoji) ``font_for`` would answer ``base`` if it has the glyph
        font = base if code < 0x600 and code in base_cmap else font_for(ch, base)
        if font != current and piece:
            yield current, "".join(piece)
            piece = []
        current = font
        piece.append(ch)
    if piece:
        yield current, "".join(piece)


def needs_fallback(text: str, base: str = REGULAR) -> bool:
    """True if some character of ``text`` is drawn with another font than ``base``."""
    return any(font != base for font, _ in runs(text, base))


def can_render(text: str) -> bool:
    """True if every visible character of ``text`` has a glyph in one of the shipped fonts."""
    register_fonts()
    return all(
        any(ord(ch) in _cmap(name) for name in _FILES)
        for ch in text
        if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")
    )


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` drawn with fallback (as ``runs`` cuts it)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(piece, name, size) for name, piece in runs(text, font)))
