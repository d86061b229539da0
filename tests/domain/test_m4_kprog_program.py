"""The fourth mutation measurement's survivors in domain/program.py and domain/program_method.py
(issue 12), killed by the values a user reads: the "why it matters" figures of the Program page
and the program report, in English and Italian, and a method text in a language asked for."""

from __future__ import annotations

from kam_desktop.domain.program_method import (
    CORE_DEFINITION,
    WHY_IT_MATTERS,
    CharterDecision,
    text,
)
from kam_desktop.i18n import using_language


def test_the_why_it_matters_figures_read_exactly_so_in_english() -> None:
    assert [fig.value("en_US") for fig in WHY_IT_MATTERS] == ["3.1×", "3.4×", "4.5×", "87%", "60-70%", "+95%"]


def test_the_why_it_matters_figures_use_the_italian_decimal_comma() -> None:
    assert [fig.value("it_IT") for fig in WHY_IT_MATTERS] == ["3,1×", "3,4×", "4,5×", "87%", "60-70%", "+95%"]


def test_a_method_text_comes_in_the_language_asked_for_whatever_the_language_in_force() -> None:
    with using_language("en"):
        assert text("Accepted", lang="it") == "Accettato"
        assert text("Accepted") == "Accepted"
        assert text(CORE_DEFINITION, lang="it") == (
            "La gestione dei key account è un approccio sistematico per gestire e far crescere un insieme "
            "definito dei nostri clienti più importanti, per massimizzare il valore reciproco."
        )
    with using_language("it"):
        assert text("Accepted", lang="en") == "Accepted"
        assert CharterDecision.ACCEPT.label == "Accettato"
