"""A canvas that knows the page count, for 'Page n of m' footers."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kam_desktop.report import fonts
from kam_desktop.report.styles import MUTED


def numbered_canvas(*, skip_first: bool, margin: float) -> type[Canvas]:
    """A Canvas class deferring pages so each footer can say 'Page n of m'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if not (skip_first and self._pageNumber == 1):
                    self.saveState()
                    self.setFont(fonts.REGULAR, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(
                        self._pagesize[0] - margin, margin - 2 * mm, f"Page {self._pageNumber} of {total}"
                    )
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
