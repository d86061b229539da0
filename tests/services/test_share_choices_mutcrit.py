"""What the user chooses to share with the customer, exactly: the share list (every item, its
shared flag, whether it can be shared, and the note that says why it will not print), and each
setter's refusal with the exact line a user reads, in English and Italian, with nothing written.
(Mutation testing of the four critical areas, issue 12.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.plan_report_sharing import ActionJoint, ShareItem
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TODAY = dt.date(2026, 5, 10)
GONE = dt.datetime(2026, 4, 1, 9, 0)


@dataclass
class Plan:
    account: int
    plan: int
    ids: dict[str, int]


def _add(s: object, row: object) -> int:
    s.add(row)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return int(row.id)  # type: ignore[attr-defined]


@pytest.fixture
def plan(db: Database) -> Iterator[Plan]:
    clock.pin_today(TODAY)
    ids: dict[str, int] = {}
    with db.session() as s:
        acc = _add(s, m.Account(name="Alpen Logistics AG", status="key"))
        other = _add(s, m.Account(name="Other SpA"))
        ids["anna"] = _add(s, m.TeamMember(name="Anna Bianchi"))
        ids["paula"] = _add(s, m.Stakeholder(account_id=acc, name="Paula Ortega"))
        ids["ghost"] = _add(s, m.Stakeholder(account_id=acc, name="Ghost", deleted_at=GONE))
        ids["stranger"] = _add(s, m.Stakeholder(account_id=other, name="Stranger"))
        ids["centre"] = _add(s, m.BuyingCentre(account_id=acc, name="Logistics"))
        plan_id = _add(
            s,
            m.AccountPlan(account_id=acc, period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 12, 31)),
        )
        ids["need"] = _add(
            s,
            m.Need(
                account_id=acc, description="Fewer late trucks", buying_centre_id=ids["centre"], shared=True
            ),
        )
        ids["need_blank"] = _add(s, m.Need(account_id=acc, description="  "))
        _add(s, m.Need(account_id=acc, description="TRASHED", shared=True, deleted_at=GONE))
        _add(s, m.Need(account_id=other, description="OTHER ACCOUNT"))
        ids["trend"] = _add(s, m.Trend(account_id=acc, description="Electrification"))
        ids["vp"] = _add(
            s,
            m.ValueProposition(
                plan_id=plan_id,
                title="Faster customs",
                problem="Queues at the border for hours every single day",
            ),
        )
        ids["kpi"] = _add(
            s, m.Kpi(plan_id=plan_id, name="On-time delivery", unit=" % of   trucks ", shared=True)
        )
        ids["kpi_ours"] = _add(s, m.Kpi(plan_id=plan_id, name="Revenue share", unit="EUR", shared=True))
        ids["kpi_internal"] = _add(s, m.Kpi(plan_id=plan_id, name="Margin", internal=True, shared=True))
        ids["review_old"] = _add(
            s,
            m.Review(
                plan_id=plan_id, held_on=dt.date(2026, 2, 1), health="on_track", customer_summary="Good start"
            ),
        )
        ids["review_new"] = _add(
            s,
            m.Review(
                plan_id=plan_id,
                held_on=dt.date(2026, 4, 1),
                health="on_track",
                customer_summary="",
                shared=True,
            ),
        )
        ids["objective"] = _add(
            s,
            m.Objective(
                plan_id=plan_id,
                growth_focus="expansion",
                description="Grow 10%",
                customer_wording="Cut lead time",
                due_date=dt.date(2026, 9, 30),
                shared=True,
            ),
        )
        ids["objective_internal"] = _add(
            s,
            m.Objective(
                plan_id=plan_id,
                growth_focus="expansion",
                description="Our margin",
                customer_wording="x",
                internal=True,
            ),
        )
        ids["late"] = _add(
            s,
            m.Action(
                plan_id=plan_id,
                title="Map the lanes",
                owner_id=ids["anna"],
                customer_owner_id=ids["paula"],
                due_date=dt.date(2026, 5, 9),
                status="planned",
                shared=True,
            ),
        )
        ids["today"] = _add(
            s, m.Action(plan_id=plan_id, title="Due today", due_date=TODAY, status="in_progress", shared=True)
        )
        ids["done_late"] = _add(
            s,
            m.Action(
                plan_id=plan_id, title="Done late", due_date=dt.date(2026, 5, 1), status="done", shared=True
            ),
        )
        ids["late_unshared"] = _add(
            s,
            m.Action(
                plan_id=plan_id, title="Late, not shared", due_date=dt.date(2026, 5, 1), status="blocked"
            ),
        )
        ids["action_internal"] = _add(
            s, m.Action(plan_id=plan_id, title="Internal", internal=True, shared=True)
        )
        _add(s, m.Action(plan_id=plan_id, title="TRASHED ACTION", shared=True, deleted_at=GONE))
        ids["risk"] = _add(
            s, m.PlanRisk(plan_id=plan_id, description="Late data", owner_side="yours", shared=True)
        )
        ids["meet_past"] = _add(
            s,
            m.Interaction(
                account_id=acc, kind="call", on_date=dt.date(2026, 5, 9), subject="Last call", shared=True
            ),
        )
        ids["meet_today"] = _add(
            s, m.Interaction(account_id=acc, kind="business_review", on_date=TODAY, subject="QBR")
        )
    yield Plan(acc, plan_id, ids)
    clock.pin_today(None)


def test_the_share_list_holds_every_item_with_its_exact_state(db: Database, plan: Plan) -> None:
    i = plan.ids
    late = (
        "Past due since 09 May 2026: the customer would read a missed date. "
        "Change the due date or unshare it before you export."
    )
    items = sharing.share_items(db, plan.account)
    assert items == (
        ShareItem("need", i["need"], "priorities", "Fewer late trucks", True, True, context="Logistics"),
        ShareItem(
            "need",
            i["need_blank"],
            "priorities",
            "  ",
            False,
            True,
            "No customer wording yet: not printed",
            flag="no_wording",
        ),
        ShareItem("trend", i["trend"], "priorities", "Electrification", False, True),
        ShareItem(
            "value_proposition",
            i["vp"],
            "value",
            "Faster customs",
            False,
            True,
            context="Queues at the border for hours every…",
        ),
        ShareItem("kpi", i["kpi"], "value", "On-time delivery", True, True, context="% of trucks"),
        ShareItem(
            "kpi",
            i["kpi_ours"],
            "value",
            "Revenue share",
            True,
            True,
            "Our own commercial figure: never printed",
            context="EUR",
            flag="our_figure",
        ),
        ShareItem(
            "kpi",
            i["kpi_internal"],
            "value",
            "Margin",
            False,
            False,
            "Marked internal: never shared",
            flag="internal",
        ),
        ShareItem(
            "review",
            i["review_new"],
            "value",
            "",
            True,
            True,
            "No customer wording yet: not printed",
            "2026-04-01",
            "held 01 Apr 2026",
            flag="no_wording",
        ),
        ShareItem(
            "review",
            i["review_old"],
            "value",
            "Good start",
            False,
            True,
            "",
            "2026-02-01",
            "held 01 Feb 2026",
        ),
        ShareItem(
            "objective",
            i["objective"],
            "objectives",
            "Cut lead time",
            True,
            True,
            "",
            "Grow 10%",
            "by 30 Sep 2026",
        ),
        ShareItem(
            "objective",
            i["objective_internal"],
            "objectives",
            "x",
            False,
            False,
            "Marked internal: never shared",
            "Our margin",
            flag="internal",
        ),
        ShareItem(
            "action",
            i["late"],
            "actions",
            "Map the lanes",
            True,
            True,
            late,
            "",
            "due 09 May 2026 · Anna Bianchi · Paula Ortega",
            True,
            dt.date(2026, 5, 9),
            "past_due",
        ),
        ShareItem(
            "action", i["today"], "actions", "Due today", True, True, "", "", "due 10 May 2026", False, TODAY
        ),
        ShareItem(
            "action",
            i["done_late"],
            "actions",
            "Done late",
            True,
            True,
            "",
            "",
            "due 01 May 2026",
            False,
            dt.date(2026, 5, 1),
        ),
        ShareItem(
            "action",
            i["late_unshared"],
            "actions",
            "Late, not shared",
            False,
            True,
            late.replace("09 May", "01 May"),
            "",
            "due 01 May 2026",
            True,
            dt.date(2026, 5, 1),
            "past_due",
        ),
        ShareItem(
            "action",
            i["action_internal"],
            "actions",
            "Internal",
            False,
            False,
            "Marked internal: never shared",
            flag="internal",
        ),
        ShareItem("risk", i["risk"], "risks", "Late data", True, True, context="Theirs"),
        ShareItem(
            "interaction",
            i["meet_today"],
            "governance",
            "QBR",
            False,
            True,
            "",
            "2026-05-10",
            "10 May 2026 · Business review",
        ),
        ShareItem(
            "interaction",
            i["meet_past"],
            "governance",
            "Last call",
            True,
            True,
            "Past meeting: only upcoming meetings are printed",
            "2026-05-09",
            "09 May 2026 · Call",
            flag="past_meeting",
        ),
    )
    assert sharing.past_due_shared(items) == (items[11],)
    assert [x.details for x in items[:5]] == [
        "Need · Logistics",
        "Need",
        "Trend",
        "Value proposition · Queues at the border for hours every…",
        "KPI · % of trucks",
    ]
    assert items[9].details == "by 30 Sep 2026" and items[15].details == "Action"


def test_the_share_list_notes_are_in_italian_for_an_italian_user(db: Database, plan: Plan) -> None:
    i18n.set_language("it")
    items = {(x.kind, x.id): x for x in sharing.share_items(db, plan.account)}
    i = plan.ids
    t = i18n.translate
    expected = {
        ("need", i["need_blank"]): "No customer wording yet: not printed",
        ("kpi", i["kpi_ours"]): "Our own commercial figure: never printed",
        ("kpi", i["kpi_internal"]): "Marked internal: never shared",
        ("interaction", i["meet_past"]): "Past meeting: only upcoming meetings are printed",
    }
    for key, english in expected.items():
        italian = t("Report", english, lang="it")
        assert italian != english and items[key].note == italian
    assert items[("action", i["late"])].note.startswith("Scaduta dal ")
    assert items[("risk", i["risk"])].context == t("Report", "Theirs", lang="it") != "Theirs"
    assert items[("need", i["need"])].kind_label == t("Report", "Need", lang="it") != "Need"


def test_an_account_without_a_plan_lists_only_its_account_level_items(db: Database, plan: Plan) -> None:
    with db.session() as s:
        bare = _add(s, m.Account(name="Bare GmbH"))
        need = _add(s, m.Need(account_id=bare, description="Only need"))
        meeting = _add(
            s, m.Interaction(account_id=bare, kind="meeting", on_date=dt.date(2026, 6, 1), subject="Intro")
        )
    assert [(x.kind, x.id) for x in sharing.share_items(db, bare)] == [
        ("need", need),
        ("interaction", meeting),
    ]


# --- the setters -----------------------------------------------------------------------------------


def _refused(call: object, english: str, field: str | None, context: str = "Report") -> None:
    """``call()`` is refused with ``english`` (and its Italian translation in Italian)."""
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(DomainError) as caught:
            call()  # type: ignore[operator]
        expected = english if lang == "en" else i18n.translate(context, english, lang="it")
        if lang == "it":
            assert expected != english
        assert str(caught.value) == expected
        assert caught.value.field == field
    i18n.set_language("en")


def _row(db: Database, model: type, row_id: int) -> object:
    with db.reading() as s:
        row = s.get(model, row_id)
        assert row is not None
        s.expunge(row)
        return row


def test_set_shared_shares_unshares_and_refuses_an_internal_item(db: Database, plan: Plan) -> None:
    i = plan.ids
    sharing.set_shared(db, "trend", i["trend"], True)
    assert sharing.is_shared(db, "trend", i["trend"]) is True
    sharing.set_shared(db, "need", i["need"], False)
    assert sharing.is_shared(db, "need", i["need"]) is False
    sharing.set_shared(db, "kpi", i["kpi_internal"], False)  # unsharing an internal item is fine
    assert sharing.is_shared(db, "kpi", i["kpi_internal"]) is False
    _refused(
        lambda: sharing.set_shared(db, "action", i["action_internal"], True),
        "This item is marked internal; it cannot be shared with the customer.",
        "shared",
    )
    _refused(lambda: sharing.set_shared(db, "risk", 9999, True), "That item no longer exists.", None)
    with pytest.raises(ValidationError) as caught:
        sharing.set_shared(db, "competitor", 1, True)
    assert (str(caught.value), caught.value.field) == ("unknown kind 'competitor'", "kind")
    assert sharing.is_shared(db, "risk", 9999) is False


def test_set_customer_wording_of_an_objective_and_a_review(db: Database, plan: Plan) -> None:
    i = plan.ids
    sharing.set_customer_wording(db, "objective", i["objective"], "Shorter lead times for you")
    sharing.set_customer_wording(db, "review", i["review_old"], "A strong first quarter")
    assert sharing.objective_joint(db, i["objective"]) == (True, "Shorter lead times for you")
    assert sharing.review_share(db, i["review_old"]) == (False, "A strong first quarter")
    with pytest.raises(ValidationError) as caught:
        sharing.set_customer_wording(db, "action", i["late"], "x")
    assert (str(caught.value), caught.value.field) == ("action has no customer wording", "kind")
    too_long = "x" * 4001
    with pytest.raises(ValidationError) as caught:
        sharing.set_customer_wording(db, "objective", i["objective"], too_long)
    assert str(caught.value) == "Customer wording is too long (4,001 characters; at most 4,000)."
    assert caught.value.field == "wording"
    sharing.set_customer_wording(db, "objective", i["objective"], "y" * 4000)  # the last allowed length
    _refused(
        lambda: sharing.set_customer_wording(db, "review", 9999, "x"), "That item no longer exists.", None
    )


def test_the_customer_side_of_an_action(db: Database, plan: Plan) -> None:
    i = plan.ids
    assert sharing.action_joint(db, None) == ActionJoint(False, None, False)
    assert sharing.action_joint(db, 9999) == ActionJoint(False, None, False)
    assert sharing.action_joint(db, i["late"]) == ActionJoint(True, i["paula"], False)
    sharing.check_action_joint(db, plan.account, ActionJoint(True, i["paula"], True), internal=False)
    sharing.check_action_joint(db, plan.account, ActionJoint(False, None, False), internal=True)
    _refused(
        lambda: sharing.check_action_joint(db, plan.account, ActionJoint(True, None, False), internal=True),
        "An internal action cannot be shared with the customer.",
        "shared",
    )
    for person in ("stranger", "ghost"):
        _refused(
            lambda person=person: sharing.check_action_joint(
                db, plan.account, ActionJoint(False, i[person], False), False
            ),
            "Choose their owner from this account's people.",
            "customer_owner",
        )
    _refused(
        lambda: sharing.check_action_joint(db, plan.account, ActionJoint(False, 9999, False), False),
        "Choose their owner from this account's people.",
        "customer_owner",
    )

    sharing.set_action_joint(db, plan.account, i["today"], ActionJoint(True, i["paula"], True))
    assert sharing.action_joint(db, i["today"]) == ActionJoint(True, i["paula"], True)
    sharing.set_action_joint(db, plan.account, i["today"], ActionJoint(False, None, False))
    assert sharing.action_joint(db, i["today"]) == ActionJoint(False, None, False)
    _refused(
        lambda: sharing.set_action_joint(
            db, plan.account, i["action_internal"], ActionJoint(True, None, False)
        ),
        "An internal action cannot be shared with the customer.",
        "shared",
    )
    _refused(
        lambda: sharing.set_action_joint(
            db, plan.account, i["today"], ActionJoint(True, i["stranger"], True)
        ),
        "Choose their owner from this account's people.",
        "customer_owner",
    )
    assert sharing.action_joint(db, i["today"]) == ActionJoint(False, None, False)  # nothing written
    _refused(
        lambda: sharing.set_action_joint(db, plan.account, 9999, ActionJoint()),
        "That item no longer exists.",
        None,
    )
    sharing.set_action_joint(db, plan.account, i["action_internal"], ActionJoint(False, i["paula"], True))
    assert sharing.action_joint(db, i["action_internal"]) == ActionJoint(False, i["paula"], True)


def test_the_customer_side_of_an_objective(db: Database, plan: Plan) -> None:
    i = plan.ids
    assert sharing.objective_joint(db, None) == (False, "")
    assert sharing.objective_joint(db, 9999) == (False, "")
    assert sharing.check_objective_joint(True, "Cut lead time", internal=False) == "Cut lead time"
    assert sharing.check_objective_joint(False, "Kept", internal=True) == "Kept"
    _refused(
        lambda: sharing.check_objective_joint(True, "x", internal=True),
        "An internal objective cannot be shared with the customer.",
        "shared",
    )
    with pytest.raises(ValidationError) as caught:
        sharing.check_objective_joint(False, "x" * 4001, internal=False)
    assert str(caught.value) == "As the customer reads it is too long (4,001 characters; at most 4,000)."
    assert caught.value.field == "customer_wording"
    sharing.set_objective_joint(db, i["objective"], False, "Unshared for now")
    assert sharing.objective_joint(db, i["objective"]) == (False, "Unshared for now")
    _refused(
        lambda: sharing.set_objective_joint(db, i["objective_internal"], True, "Leak"),
        "An internal objective cannot be shared with the customer.",
        "shared",
    )
    assert sharing.objective_joint(db, i["objective_internal"]) == (False, "x")
    _refused(lambda: sharing.set_objective_joint(db, 9999, False, ""), "That item no longer exists.", None)


def test_a_review_is_shared_only_with_a_summary_for_the_customer(db: Database, plan: Plan) -> None:
    i = plan.ids
    assert sharing.review_share(db, 9999) == (False, "")
    sharing.save_review_share(db, i["review_old"], "A strong quarter", True)
    assert sharing.review_share(db, i["review_old"]) == (True, "A strong quarter")
    sharing.save_review_share(db, i["review_old"], "", False)
    assert sharing.review_share(db, i["review_old"]) == (False, "")
    _refused(
        lambda: sharing.save_review_share(db, i["review_old"], "   ", True),
        "Write the summary for the customer before you share the review.",
        "customer_summary",
    )
    assert sharing.review_share(db, i["review_old"]) == (False, "")
    with pytest.raises(ValidationError) as caught:
        sharing.save_review_share(db, i["review_old"], "x" * 4001, False)
    assert str(caught.value) == "Summary for the customer is too long (4,001 characters; at most 4,000)."
    assert caught.value.field == "customer_summary"
    _refused(lambda: sharing.save_review_share(db, 9999, "Fine", True), "That item no longer exists.", None)
    assert isinstance(caught.value, ValidationError) and not isinstance(caught.value, NotFoundError)


# --- what an Italian user reads (mutation run 3: the labels' and messages' contexts) ---------------


def test_the_wording_refusals_name_the_field_in_italian(db: Database, plan: Plan, italian: None) -> None:
    i = plan.ids
    too_long = "x" * 4001
    cases: list[tuple[Callable[[], object], str, str]] = [
        (
            lambda: sharing.set_customer_wording(db, "objective", i["objective"], too_long),
            "Il campo «Formulazione per il cliente» è troppo lungo (4.001 caratteri; al massimo 4.000).",
            "wording",
        ),
        (
            lambda: sharing.set_customer_wording(db, "action", i["late"], "x"),
            "action non ha una formulazione per il cliente",
            "kind",
        ),
        (
            lambda: sharing.check_objective_joint(False, too_long, internal=False),
            "Il campo «Come lo legge il cliente» è troppo lungo (4.001 caratteri; al massimo 4.000).",
            "customer_wording",
        ),
        (
            lambda: sharing.save_review_share(db, i["review_old"], too_long, False),
            "Il campo «Sintesi per il cliente» è troppo lungo (4.001 caratteri; al massimo 4.000).",
            "customer_summary",
        ),
    ]
    for call, message, field in cases:
        with pytest.raises(ValidationError) as caught:
            call()
        assert (str(caught.value), caught.value.field) == (message, field)
    assert sharing.objective_joint(db, i["objective"]) == (True, "Cut lead time")  # nothing written
    assert sharing.review_share(db, i["review_old"]) == (False, "Good start")


def test_the_past_due_note_gives_the_short_italian_date(db: Database, plan: Plan, italian: None) -> None:
    items = {(x.kind, x.id): x for x in sharing.share_items(db, plan.account)}
    assert items[("action", plan.ids["late"])].note == (
        "Scaduta dal 9 mag 2026: il cliente leggerebbe una data mancata. "
        "Cambia la scadenza o togli la condivisione prima di esportare."
    )
