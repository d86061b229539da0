"""The reports' canvas: every script drawn (fallback fonts, Arabic joined, bidi), and 'Page n of m'."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kam_desktop.i18n import fmt, translate
from kam_desktop.report import fonts
from kam_desktop.report.styles import MUTED
from kam_desktop.report.text import clean, needs_bidi, shape, visual, without_isolates


class ScriptCanvas(Canvas):
    """A Canvas whose drawString family takes logical text in any script.

    Headers, footers, the cover and chart labels are drawn with ``drawString`` and friends;
    here the text is shaped (Arabic), put in drawing order (bidi) and drawn run by run in the
    font that has its characters.
    """

    def _pieces(self, text: str) -> list[tuple[str, str]] | None:
        shown = visual(shape(clean(text))) if needs_bidi(text) else without_isolates(clean(text))
        pieces = list(fonts.runs(shown, self._fontname))
        if len(pieces) == 1 and pieces[0][0] == self._fontname and shown == text:
            return None
        return pieces

    def _draw_pieces(self, x: float, y: float, pieces: list[tuple[str, str]]) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font, size = self._fontname, self._fontsize
        for name, piece in pieces:
            self.setFont(name, size)
            super().drawString(x, y, piece)
            x += stringWidth(piece, name, size)
        self.setFont(font, size)

    def _width(self, pieces: list[tuple[str, str]]) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(sum(stringWidth(piece, name, self._fontsize) for name, piece in pieces))

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        pieces = self._pieces(text)
        if pieces is None:
            super().drawString(x, y, text, *args, **kwargs)
        else:
            self._draw_pieces(x, y, pieces)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        pieces = self._pieces(text)
        if pieces is None:
            super().drawRightString(x, y, text, *args, **kwargs)
        else:
            self._draw_pieces(x - self._width(pieces), y, pieces)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        pieces = self._pieces(text)
        if pieces is None:
            super().drawCentredString(x, y, text, *args, **kwargs)
        else:
            self._draw_pieces(x - self._width(pieces) / 2, y, pieces)


def numbered_canvas(*, skip_first: bool, margin: float) -> type[Canvas]:
    """A Canvas class deferring pages so each footer can say 'Page n of m'."""

    class NumberedCanvas(ScriptCanvas):
        _code: list[str]  # ReportLab's content of the current page

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._later: list[tuple[int, Callable[[Canvas], None]]] = []

        def draw_later(self, draw: Callable[[Canvas], None]) -> None:
            """Keep this place in the current page's content for ``draw(canvas)``, run when the
            document is complete (the contents' page numbers: ``report/contents.py``)."""
            self._code.append("")
            self._later.append((len(self._code) - 1, draw))

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:
            # ReportLab names the page a bookmark points to by the count of pages written; this
            # canvas writes them all at the end, so without this every outline entry and
            # contents link pointed to the first page.
            doc = self._doc
            written = doc.pageCounter
            doc.pageCounter = written + len(self._pages)
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                doc.pageCounter = written

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._later = []
            self._startPage()

        def _fill_later(self) -> None:
            page_code = self._code
            for place, draw in self._later:
                self._code = []
                try:
                    draw(self)
                    page_code[place] = "\n".join(self._code)
                finally:
                    self._code = page_code

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._fill_later()
                if not (skip_first and self._pageNumber == 1):
                    self.saveState()
                    self.setFont(fonts.REGULAR, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(
                        self._pagesize[0] - margin,
                        margin - 2 * mm,
                        fmt(translate("Report", "Page %1 of %2"), self._pageNumber, total),
                    )
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
