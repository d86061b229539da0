"""The Programma page's "why it matters" figures are written the locale's way ('3,1×' in Italian)."""

from __future__ import annotations

from kam_desktop import i18n
from kam_desktop.domain import numbers
from kam_desktop.ui.program.page import why_it_matters_html


def test_figures_in_italian_and_english() -> None:
    i18n.set_language("it")
    numbers.set_locale("it_IT")
    html = why_it_matters_html()
    assert "<b>3,1×</b>" in html and "<b>3,4×</b>" in html and "<b>4,5×</b>" in html
    assert "3.1×" not in html
    i18n.set_language("en")
    numbers.set_locale("en_US")
    html = why_it_matters_html()
    assert "<b>3.1×</b>" in html and "<b>60-70%</b>" in html and "<b>+95%</b>" in html
