"""The plan's table of contents, laid out in one pass instead of two.

ReportLab's ``TableOfContents`` draws the entries of the *previous* pass, so a document with
contents is laid out at least twice: once to learn on which page each heading falls, once more
to draw the contents with those numbers. That doubled the time of every plan export.

Here the contents know their entries before the first pass: the headings of the story, in
order (their texts and levels, which alone decide the contents' size). The dots and page
number at the end of each entry are not drawn when the contents page is drawn: the canvas keeps
their place in the page and fills it once the document is complete (``draw_later``), when every
heading's page is known. The content stream comes out exactly as after a second pass.

If the headings met while laying out differ from the expected ones (a heading the scan could
not see), the document simply takes a second pass, drawn the usual way.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from kam_desktop.report.styles import Heading

Entry = tuple[int, str, int, Any]  # level, text, page, key: ReportLab's contents entry


def headings(story: Iterable[Flowable]) -> Iterator[tuple[int, str]]:
    """(level, text) of every contents heading in ``story``, also inside KeepTogether blocks."""
    for flowable in story:
        if isinstance(flowable, Heading):
            yield flowable.toc_level, flowable.toc_markup
        content = getattr(flowable, "_content", None)
        if isinstance(content, list):
            yield from headings(content)


class OnePassContents(TableOfContents):  # type: ignore[misc]  # ReportLab is untyped
    """A ``TableOfContents`` that needs no second pass when its headings are known up front."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._passes = 0
        self._one_pass = False

    def expect(self, entries: Iterable[tuple[int, str]]) -> None:
        """The headings the story will notify, in order. The page slot of each prefilled entry
        holds its index, which the deferred drawing uses to find the entry's final page."""
        self._entries = [(level, text, index, None) for index, (level, text) in enumerate(entries)]
        self._one_pass = bool(self._entries)

    def beforeBuild(self) -> None:
        self._passes += 1
        if self._passes > 1:
            self._one_pass = False  # the expected headings were wrong: draw the usual way
        super().beforeBuild()

    def isSatisfied(self) -> bool:
        if self._one_pass:
            return _shape(self._entries) == _shape(self._lastEntries)
        return bool(super().isSatisfied())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if self._one_pass:
            if callable(getattr(self.canv, "draw_later", None)):
                self.canv.setNamedCB("drawTOCEntryEnd", self._entry_end(availWidth, availHeight))
            else:  # a canvas that cannot draw later: numbers on the next pass
                self._one_pass = False
        return size

    def _entry_end(self, width: float, height: float) -> Callable[[Canvas, str, str], None]:
        def later(canvas: Canvas, kind: str, label: str) -> None:
            del kind
            index_text, level_text, key_text = label.split(",")
            index, level, key = int(index_text), int(level_text), literal_eval(key_text)
            style = self.getLevelStyle(level)
            dot = " . " if 0 <= self.dotsMinLevel <= level else ""
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            matrix = canvas._currentMatrix  # where a link rectangle would be placed

            def draw(target: Canvas) -> None:
                page = self._entries[index][2]
                if self.formatter:
                    page = self.formatter(page)
                target._curr_tx_info = {"cur_x": x, "cur_y": y}
                saved, target._currentMatrix = target._currentMatrix, matrix
                try:
                    drawPageNumbers(target, style, [(page, key)], width, height, dot)
                finally:
                    del target._curr_tx_info
                    target._currentMatrix = saved

            canvas.draw_later(draw)

        return later


def _shape(entries: list[Entry]) -> list[tuple[int, str, Any]]:
    return [(level, text, key) for level, text, _page, key in entries]
