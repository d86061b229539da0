"""The Italian interface speaks to the user with "tu" throughout (the form it uses most: "Seleziona",
"Scrivi", "il tuo"); the fresh-eyes tester found "Registrate almeno...", "Scrivete 1,25..." beside
"Seleziona...". The customer edition of the plan addresses the customer with "voi" on purpose: its
texts (context Report, customer-facing) are not checked here, except the brief's header, which is for
the key account manager alone."""

from __future__ import annotations

import html
import re
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# Second person plural: imperatives and verbs a "voi" sentence uses, and the possessive.
VOI = re.compile(
    r"\b(vostr[oaie]|avete|potete|dovete|volete|scrivete|scrivetelo|registrate\b(?= (?:un|una|almeno))|"
    r"aggiungete|aggiungetene|aggiungetelo|dite|scegliete|usate|rispondete|decidete|compilatelo|"
    r"definite\b(?= almeno)|chiudete|attendete|riprovate|liberate|copiatelo|copiate\b(?= la)|"
    r"scaricatelo|spostate\b(?= l)|spostatene|correggetela|correggetele|correggeteli|eliminateli|"
    r"valutate\b(?= (?:ogni|almeno|i nove))|tenete|portate|ponete|concordatela|adattate|respingete|"
    r"\w+(?:ate|ete|ite)(?:lo|la|li|le|ne)|intendete|conoscete|cogliete|riflettete|coprite|lavorate|"
    r"fissate|toccate|individuate|seguite\b(?= almeno)|trasformate|ampliate|aggiornate\b(?= l)|"
    r"affrontate\b(?= almeno)|(?:^|(?<=>)|(?<=[.:;] ))date\b)\b",
    re.IGNORECASE,
)
# Texts for the customer, in "voi" on purpose, shown or printed from these contexts.
CUSTOMER_FACING = {"Report"}
ALLOWED = {("ObjectiveDialog", "e.g. Fewer unplanned stops at your Gdańsk plant")}  # a customer's words


def _messages(path: Path) -> list[tuple[str, str, str]]:
    text = path.read_text(encoding="utf-8")
    found = []
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        name = html.unescape(context.group(1))
        for message in re.finditer(r"<source>(.*?)</source>(.*?)</message>", context.group(2), re.S):
            found.append((name, html.unescape(message.group(1)), html.unescape(message.group(2))))
    return found


def test_the_interface_says_tu_not_voi() -> None:
    voi = []
    for catalogue in ("ui_it.ts", "core_it.ts", "program_it.ts"):
        for context, source, translation in _messages(TRANSLATIONS / catalogue):
            if context in CUSTOMER_FACING or (context, source) in ALLOWED:
                continue
            if VOI.search(translation):
                voi.append(f"{catalogue} {context}: {translation.strip()[:100]}")
    assert voi == []


def test_the_brief_is_for_the_key_account_manager_alone() -> None:
    header = next(
        t
        for c, s, t in _messages(TRANSLATIONS / "core_it.ts")
        if s == "INTERNAL – for your preparation, do not forward"
    )
    assert "INTERNO – per la tua preparazione, non inoltrare" in header


def test_the_checker_finds_voi() -> None:
    assert VOI.search("Scrivete 1,25 oppure 1250")
    assert VOI.search("Registrate almeno una misurazione")
    assert VOI.search("Dite perché questa strategia.")
    assert VOI.search("Non è una data. Scrivetela come 30/06/2027.")
    assert not VOI.search("Registra almeno una misurazione; le azioni registrate")
    assert not VOI.search("Scrivi 1,25 oppure 1250")
    assert VOI.search("<translation>Date almeno un'azione all'obiettivo")
    assert VOI.search("Cosa intendete fare, con chi e perché.")
    assert not VOI.search("Le date del piano; domande affrontate")
