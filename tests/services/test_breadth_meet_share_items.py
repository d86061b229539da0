"""The share list whole (issue 12, module-wide): every kind of item in section order with its
label, shared flag, whether it can be shared, the note and flag saying why it will not print, our
own name for it, what tells it apart (dates, owners, units, sides, the problem clipped at 40
characters), the past-due warning of an open shared action; in English and Italian."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sh
from kam_desktop.services.plan_report_sharing import ShareItem
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

D = dt.timedelta
GONE = dt.datetime(2026, 11, 1, 9, 0)


@dataclass
class SW:
    w: World
    ids: dict[str, int]


def _rows(*rows: Any) -> list[Any]:
    return list(rows)


def share_world(db: Database) -> SW:
    w = build(db)
    ids: dict[str, int] = {}
    carla = w.people["Carla"]
    ops = w.centres["Operations"]
    ids["obj-open-it"], ids["obj-sell"] = w.objectives["Open IT"], w.objectives["Sell maintenance"]

    def add(s: Any, key: str, row: Any) -> None:
        s.add(row)
        s.flush()
        ids[key] = row.id

    with db.session() as s:
        for key, kw in _rows(
            ("need-ops", {"description": "Lower cost", "buying_centre_id": ops, "shared": True}),
            ("need-blank", {"description": "  "}),
            ("need-gone", {"description": "Gone", "deleted_at": GONE}),
        ):
            add(s, key, m.Need(account_id=w.account_id, **kw))
        add(s, "trend", m.Trend(account_id=w.account_id, description="Rail boom", shared=True))
        long_problem = "Downtime   costs\nthem a great deal of money every single week of the year"
        add(s, "vp", m.ValueProposition(plan_id=w.plan_id, title="Uptime", problem=long_problem, shared=True))
        add(s, "vp-short", m.ValueProposition(plan_id=w.plan_id, title="Speed", problem="Slow"))
        add(s, "kpi-ours", m.Kpi(plan_id=w.plan_id, name="Our Margin", unit=" % ", shared=True))
        add(s, "kpi", m.Kpi(plan_id=w.plan_id, name="Uptime", unit="%"))
        add(s, "kpi-internal", m.Kpi(plan_id=w.plan_id, name="Secret", internal=True, shared=True))
        add(s, "review-old", m.Review(plan_id=w.plan_id, held_on=TODAY - D(days=40), health="on_track"))
        add(
            s,
            "review-new",
            m.Review(
                plan_id=w.plan_id,
                held_on=TODAY - D(days=2),
                health="at_risk",
                customer_summary="All good",
                shared=True,
            ),
        )
        add(
            s,
            "obj-internal",
            m.Objective(
                plan_id=w.plan_id,
                growth_focus="protection",
                description="Ours",
                internal=True,
                shared=True,
                customer_wording="x",
            ),
        )
        add(
            s,
            "obj-worded",
            m.Objective(
                plan_id=w.plan_id,
                growth_focus="expansion",
                description="Sell more",
                customer_wording="Grow together",
                due_date=TODAY + D(days=60),
                shared=True,
            ),
        )
        for key, kw in _rows(
            (
                "act-late",
                {
                    "title": "Send offer",
                    "due_date": TODAY - D(days=1),
                    "owner_id": w.ann,
                    "customer_owner_id": carla,
                    "shared": True,
                },
            ),
            ("act-today", {"title": "Call", "due_date": TODAY, "shared": True}),
            (
                "act-done-late",
                {
                    "title": "Done late",
                    "due_date": TODAY - D(days=9),
                    "status": "done",
                    "owner_id": w.bo,
                    "shared": True,
                },
            ),
            ("act-blocked", {"title": "Blocked late", "due_date": TODAY - D(days=3), "status": "blocked"}),
            (
                "act-internal",
                {"title": "Internal late", "due_date": TODAY - D(days=3), "internal": True, "shared": True},
            ),
            ("act-gone", {"title": "Gone", "deleted_at": GONE}),
        ):
            add(s, key, m.Action(plan_id=w.plan_id, **kw))
        for key, side in (("risk-ours", "ours"), ("risk-yours", "yours"), ("risk-joint", "joint")):
            add(
                s,
                key,
                m.PlanRisk(
                    plan_id=w.plan_id, description=f"Risk {side}", owner_side=side, shared=side == "joint"
                ),
            )
        for key, day, kind in _rows(
            ("meet-past", -1, "workshop"),
            ("meet-today", 0, "business_review"),
            ("meet-next", 7, "call"),
            ("meet-mail", 3, "email"),
            ("meet-plain", 5, "meeting"),
        ):
            add(
                s,
                key,
                m.Interaction(
                    account_id=w.account_id,
                    kind=kind,
                    on_date=TODAY + D(days=day),
                    subject=f"Sub {key}",
                    shared=True,
                ),
            )
    return SW(w, ids)


@pytest.fixture
def sw(db: Database) -> Iterator[SW]:
    clock.pin_today(TODAY)
    yield share_world(db)
    clock.pin_today(None)


NO_WORDING = "No customer wording yet: not printed"
INTERNAL = "Marked internal: never shared"
LATE = "Past due since %s: the customer would read a missed date. Change the due date or unshare it before you export."


def _expected(sw: SW) -> tuple[ShareItem, ...]:
    i = sw.ids

    def d(days: int) -> dt.date:
        return TODAY + D(days=days)

    def S(kind: str, key: str, section: str, label: str, shared: bool = False, **kw: Any) -> ShareItem:
        return ShareItem(kind, i[key], section, label, shared, kw.pop("can_share", True), **kw)

    return (
        S("need", "need-ops", "priorities", "Lower cost", True, context="Operations"),
        S("need", "need-blank", "priorities", "  ", note=NO_WORDING, flag="no_wording"),
        S("trend", "trend", "priorities", "Rail boom", True),
        S("value_proposition", "vp", "value", "Uptime", True, context="Downtime costs them a great deal of…"),
        S("value_proposition", "vp-short", "value", "Speed", context="Slow"),
        S(
            "kpi",
            "kpi-ours",
            "value",
            "Our Margin",
            True,
            note="Our own commercial figure: never printed",
            context="%",
            flag="our_figure",
        ),
        S("kpi", "kpi", "value", "Uptime", context="%"),
        S("kpi", "kpi-internal", "value", "Secret", can_share=False, note=INTERNAL, flag="internal"),
        # reviews: newest first
        S("review", "review-new", "value", "All good", True, ours="2026-11-24", context="held 24 Nov 2026"),
        S(
            "review",
            "review-old",
            "value",
            "",
            note=NO_WORDING,
            ours="2026-10-17",
            context="held 17 Oct 2026",
            flag="no_wording",
        ),
        S(
            "objective",
            "obj-open-it",
            "objectives",
            "",
            note=NO_WORDING,
            ours="Open IT",
            context="by 24 Feb 2027",
            flag="no_wording",
        ),
        S(
            "objective",
            "obj-sell",
            "objectives",
            "",
            note=NO_WORDING,
            ours="Sell maintenance",
            flag="no_wording",
        ),
        S(
            "objective",
            "obj-internal",
            "objectives",
            "x",
            can_share=False,
            note=INTERNAL,
            ours="Ours",
            flag="internal",
        ),
        S(
            "objective",
            "obj-worded",
            "objectives",
            "Grow together",
            True,
            ours="Sell more",
            context="by 25 Jan 2027",
        ),
        S(
            "action",
            "act-late",
            "actions",
            "Send offer",
            True,
            note=LATE % "25 Nov 2026",
            context="due 25 Nov 2026 · Ann Kay · Carla Ruiz",
            past_due=True,
            due_date=d(days=-1),
            flag="past_due",
        ),
        # due today is not past due; a done action is never past due
        S("action", "act-today", "actions", "Call", True, context="due 26 Nov 2026", due_date=TODAY),
        S(
            "action",
            "act-done-late",
            "actions",
            "Done late",
            True,
            context="due 17 Nov 2026 · Bo Lind",
            due_date=d(days=-9),
        ),
        S(
            "action",
            "act-blocked",
            "actions",
            "Blocked late",
            note=LATE % "23 Nov 2026",
            context="due 23 Nov 2026",
            past_due=True,
            due_date=d(days=-3),
            flag="past_due",
        ),
        S(
            "action",
            "act-internal",
            "actions",
            "Internal late",
            can_share=False,
            note=INTERNAL,
            context="due 23 Nov 2026",
            past_due=True,
            due_date=d(days=-3),
            flag="internal",
        ),
        S("risk", "risk-ours", "risks", "Risk ours", context="Ours"),
        S("risk", "risk-yours", "risks", "Risk yours", context="Theirs"),
        S("risk", "risk-joint", "risks", "Risk joint", True, context="Both of us"),
        # meetings: latest first; today's is still upcoming
        S(
            "interaction",
            "meet-next",
            "governance",
            "Sub meet-next",
            True,
            ours="2026-12-03",
            context="03 Dec 2026 · Call",
        ),
        S(
            "interaction",
            "meet-plain",
            "governance",
            "Sub meet-plain",
            True,
            ours="2026-12-01",
            context="01 Dec 2026 · Meeting",
        ),
        S(
            "interaction",
            "meet-mail",
            "governance",
            "Sub meet-mail",
            True,
            ours="2026-11-29",
            context="29 Nov 2026 · Email",
        ),
        S(
            "interaction",
            "meet-today",
            "governance",
            "Sub meet-today",
            True,
            ours="2026-11-26",
            context="26 Nov 2026 · Business review",
        ),
        S(
            "interaction",
            "meet-past",
            "governance",
            "Sub meet-past",
            True,
            note="Past meeting: only upcoming meetings are printed",
            ours="2026-11-25",
            context="25 Nov 2026 · Workshop",
            flag="past_meeting",
        ),
    )


def test_the_whole_share_list(db: Database, sw: SW) -> None:
    items = sh.share_items(db, sw.w.account_id)
    assert items == _expected(sw)
    assert sh.past_due_shared(items) == (items[14],)  # shared and late: only 'Send offer'
    assert [i.warns for i in items].count(True) == 1


def test_what_tells_items_apart_and_their_kinds(db: Database, sw: SW) -> None:
    items = sh.share_items(db, sw.w.account_id)
    assert [(i.kind_label, i.details) for i in items] == [
        ("Need", "Need · Operations"),
        ("Need", "Need"),
        ("Trend", "Trend"),
        ("Value proposition", "Value proposition · Downtime costs them a great deal of…"),
        ("Value proposition", "Value proposition · Slow"),
        ("KPI", "KPI · %"),
        ("KPI", "KPI · %"),
        ("KPI", "KPI"),
        ("Review summary", "Review summary · held 24 Nov 2026"),
        ("Review summary", "Review summary · held 17 Oct 2026"),
        ("Objective", "by 24 Feb 2027"),
        ("Objective", "Objective"),
        ("Objective", "Objective"),
        ("Objective", "by 25 Jan 2027"),
        ("Action", "due 25 Nov 2026 · Ann Kay · Carla Ruiz"),
        ("Action", "due 26 Nov 2026"),
        ("Action", "due 17 Nov 2026 · Bo Lind"),
        ("Action", "due 23 Nov 2026"),
        ("Action", "due 23 Nov 2026"),
        ("Risk", "Ours"),
        ("Risk", "Theirs"),
        ("Risk", "Both of us"),
        ("Meeting", "03 Dec 2026 · Call"),
        ("Meeting", "01 Dec 2026 · Meeting"),
        ("Meeting", "29 Nov 2026 · Email"),
        ("Meeting", "26 Nov 2026 · Business review"),
        ("Meeting", "25 Nov 2026 · Workshop"),
    ]


def test_the_share_list_in_italian(db: Database, sw: SW, italian: None) -> None:
    items = sh.share_items(db, sw.w.account_id)
    got = [(i.kind_label, i.details, i.note) for i in items]
    nw = "Ancora senza formulazione per il cliente: non stampato"
    internal = "Segnato come interno: mai condiviso"
    late = (
        "Scaduta dal %s: il cliente leggerebbe una data mancata. Cambia la scadenza o togli la "
        "condivisione prima di esportare."
    )
    assert got == [
        ("Esigenza", "Esigenza · Operations", ""),
        ("Esigenza", "Esigenza", nw),
        ("Tendenza", "Tendenza", ""),
        ("Proposta di valore", "Proposta di valore · Downtime costs them a great deal of…", ""),
        ("Proposta di valore", "Proposta di valore · Slow", ""),
        ("KPI", "KPI · %", "Un nostro dato commerciale: mai stampato"),
        ("KPI", "KPI · %", ""),
        ("KPI", "KPI", internal),
        ("Sintesi della revisione", "Sintesi della revisione · tenuta il 24 nov 2026", ""),
        ("Sintesi della revisione", "Sintesi della revisione · tenuta il 17 ott 2026", nw),
        ("Obiettivo", "entro il 24 feb 2027", nw),
        ("Obiettivo", "Obiettivo", nw),
        ("Obiettivo", "Obiettivo", internal),
        ("Obiettivo", "entro il 25 gen 2027", ""),
        ("Azione", "scadenza 25 nov 2026 · Ann Kay · Carla Ruiz", late % "25 nov 2026"),
        ("Azione", "scadenza 26 nov 2026", ""),
        ("Azione", "scadenza 17 nov 2026 · Bo Lind", ""),
        ("Azione", "scadenza 23 nov 2026", late % "23 nov 2026"),
        ("Azione", "scadenza 23 nov 2026", internal),
        ("Rischio", "A nostro carico", ""),
        ("Rischio", "A carico del cliente", ""),
        ("Rischio", "Entrambi", ""),
        ("Incontro", "3 dic 2026 · Telefonata", ""),
        ("Incontro", "1 dic 2026 · Incontro", ""),
        ("Incontro", "29 nov 2026 · E-mail", ""),
        ("Incontro", "26 nov 2026 · Revisione di business", ""),
        ("Incontro", "25 nov 2026 · Workshop", "Incontro passato: si stampano solo gli incontri futuri"),
    ]


def test_without_a_plan_only_account_items(db: Database) -> None:
    from kam_desktop.services import accounts

    clock.pin_today(TODAY)
    try:
        acc = accounts.create_account(db, accounts.AccountInput(name="Bare Co"))
        with db.session() as s:
            s.add(m.Need(account_id=acc.id, description="N"))
            s.add(m.Interaction(account_id=acc.id, kind="call", on_date=TODAY, subject="Hi"))
        items = sh.share_items(db, acc.id)
    finally:
        clock.pin_today(None)
    assert [(i.kind, i.label, i.context) for i in items] == [
        ("need", "N", ""),
        ("interaction", "Hi", "26 Nov 2026 · Call"),
    ]
