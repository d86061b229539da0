"""Breadth (issue 12, module-wide): the program's and the accounts' refusals in Italian, each
naming its field by its Italian label (a label looked up in the wrong context stays English), and
the program report's export steps in Italian."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts as acc
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.program import ProgramInput, update_program
from kam_desktop.services.program_report import export_program_pdf
from kam_desktop.store.database import Database

CONTROL = "non può contenere un carattere di controllo invisibile (U+0000)."
ABC = ["a", "b", "c"]

CASES: list[tuple[Callable[[Database, int], object], str, str]] = [
    (
        lambda db, a: pc.save_leadership(db, "2026-01-01", ABC, None, None, "\x00"),
        f"Il campo «Risorse richieste» {CONTROL}",
        "resources_asked",
    ),
    (
        lambda db, a: pc.save_leadership(db, "2026-01-01", ABC, None, None, "", "\x00"),
        f"Il campo «Risorse concesse» {CONTROL}",
        "resources_granted",
    ),
    (
        lambda db, a: pc.save_leadership(db, "2026-01-01", ABC, "-1", None),
        "Il campo «Budget richiesto» non può essere negativo.",
        "budget_asked",
    ),
    (
        lambda db, a: pc.save_leadership(db, "2026-01-01", ABC, None, "-1"),
        "Il campo «Budget concesso» non può essere negativo.",
        "budget_granted",
    ),
    (
        lambda db, a: pc.save_leadership(db, "x", ABC, None, None),
        "Ciclo di revisione: “x” non è una data. Scrivila come 6/30/2027.",
        "cycle_on",
    ),
    (
        lambda db, a: update_program(db, ProgramInput(5, "EUR", "a\nb")),
        "Il campo «Il tuo nome» non può contenere un a capo.",
        "user_name",
    ),
    (
        lambda db, a: update_program(db, ProgramInput(5, "EUR", "", "a\nb")),
        "Il campo «Nome dell'azienda» non può contenere un a capo.",
        "company_name",
    ),
    (
        lambda db, a: update_program(db, ProgramInput(5, "EUR", "", "", "\x00")),
        f"Il campo «Definizione» {CONTROL}",
        "definition",
    ),
    (
        lambda db, a: update_program(db, ProgramInput(5, "EU")),
        "Valuta deve essere un codice di 3 lettere come EUR o USD.",
        "currency",
    ),
    (
        lambda db, a: pc.save_cooperation(db, a, " ", "", None),
        "Il campo «Divisione» non può essere vuoto.",
        "division",
    ),
    (
        lambda db, a: pc.save_cooperation(db, a, "D", "\x00", None),
        f"Il campo «Come è coinvolta» {CONTROL}",
        "involvement",
    ),
    (lambda db, a: pc.answer_trust(db, 1, "\x00", None), f"Il campo «Risposta» {CONTROL}", "answer"),
    (lambda db, a: pc.save_reflection(db, 1, "\x00"), f"Il campo «Riflessione» {CONTROL}", "reflection"),
    (
        lambda db, a: pc.decide_component(db, 1, "accept", "\x00"),
        f"Il campo «Che cosa significa per noi» {CONTROL}",
        "our_words",
    ),
    (
        lambda db, a: acc.save_buying_centre(db, a, ""),
        "Il campo «Nome del centro d'acquisto» non può essere vuoto.",
        "name",
    ),
    (
        lambda db, a: acc.save_buying_centre(db, a, "x", "a\tb"),
        "Il campo «Tipo» non può contenere una tabulazione.",
        "kind",
    ),
    (lambda db, a: acc.save_buying_centre(db, a, "x", "", "\x00"), f"Il campo «Note» {CONTROL}", "notes"),
    (
        lambda db, a: acc.add_assessment(db, a, {Factor.FIT: 2}, notes="\x00"),
        f"Il campo «Note» {CONTROL}",
        "notes",
    ),
    (
        lambda db, a: acc.change_status(db, a, AccountStatus.KEY, "\x00"),
        f"Il campo «Motivo» {CONTROL}",
        "reason",
    ),
]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_each_refusal_in_italian_names_its_field(db: Database, index: int) -> None:
    call, message, field = CASES[index]
    account = acc.create_account(db, acc.AccountInput(name="Acme")).id
    with using_language("it"), pytest.raises(ValidationError) as err:
        call(db, account)
    assert (err.value.message, err.value.field) == (message, field)


def test_the_program_report_export_steps_in_italian(db: Database, tmp_path: Path) -> None:
    steps: list[tuple[float, str]] = []
    with using_language("it"):
        export_program_pdf(db, tmp_path / "programma.pdf", lambda share, label: steps.append((share, label)))
    assert steps == [(0.05, "Lettura del programma"), (0.4, "Impaginazione"), (1.0, "Fatto")]
