"""The demo's joint plans: what a key account manager shares with each key account.

Applied to the demo's collected rows before they are written (``demo.generate_demo``): every row
already carries its joint-plan columns (not shared, no customer wording), so each table keeps one
key set; this fills them in for the key accounts whose action plan is done. Only joint actions
(an owner on each side) are shared - our own sales tasks never are; only future meetings are, and
the next joint review is the business review booked for it. The texts are ``demo_content``'s, in
the demo's language, so the English and the Italian demo make the same sharing choices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kam_desktop.services.demo_content import (
    AMBITION,
    CADENCE,
    ESCALATION,
    EXECUTIVE_SUMMARY,
    INTERNAL_RISK,
    NEXT_STEPS,
    OBJECTIVES,
    REVIEWS,
    RISKS,
)
from kam_desktop.store import models as m

Rows = dict[type[m.Base], list[dict[str, Any]]]


@dataclass(frozen=True)
class JointFacts:
    """What the generator decided about one key account's plan."""

    family: str
    fills: dict[str, Any]
    done: int  # phases done
    review_day: dt.date | None  # the booked joint business review
    customer_sponsor_id: int
    our_sponsor_id: int
    objectives: tuple[tuple[int, str, int], ...]  # id, growth focus, template variant
    review_health: str | None


def _lower_first(text: str) -> str:
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


def _long_date(day: dt.date, lang: str) -> str:
    from kam_desktop.services.demo import MONTHS

    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def add_joint_plans(
    rows: Rows,
    add: Callable[..., int],
    joint: dict[int, JointFacts],
    *,
    lang: str,
    now: dt.datetime,
    today: dt.date,
) -> None:
    """Fill the joint-plan columns of the key accounts' rows (shared flags, wordings, governance)."""
    plans = rows.get(m.AccountPlan, [])
    joint_accounts = {plans[pid - 1]["account_id"] for pid in joint}
    for plan in plans:
        facts = joint.get(plan["id"])
        plan.update(
            joint_ambition="",
            executive_summary="",
            next_steps="",
            meeting_cadence="",
            escalation_path="",
            next_review_on=None,
            customer_sponsor_id=None,
            our_sponsor_id=None,
            joint_version=1,
        )
        if facts is None:
            continue
        fills = facts.fills
        words = {
            **fills,
            "need_1": _lower_first(fills["need"]),
            "need_2": _lower_first(fills["need_2"]),
            "review": _long_date(facts.review_day, lang) if facts.review_day else "",
        }
        plan.update(
            joint_ambition=AMBITION[facts.family].pick(lang).format(**words),
            executive_summary=EXECUTIVE_SUMMARY[facts.family].pick(lang).format(**words),
            next_steps=NEXT_STEPS.pick(lang).format(**words),
            meeting_cadence=CADENCE[plan["id"] % len(CADENCE)].pick(lang),
            escalation_path=ESCALATION.pick(lang),
            next_review_on=facts.review_day,
            customer_sponsor_id=facts.customer_sponsor_id,
            our_sponsor_id=facts.our_sponsor_id,
            joint_version=2,
        )
        objectives = rows.get(m.Objective, [])
        for oid, focus, variant in facts.objectives:
            wording = OBJECTIVES[focus][variant][2].pick(lang)
            objective = objectives[oid - 1]
            if objective["internal"] or not wording:
                continue
            objective.update(
                shared=True,
                customer_wording=wording.format(
                    **{
                        **fills,
                        "centre": fills["centre2"],
                        # every way of naming the second offering ('offering2', 'the_offering2'...)
                        **{
                            k.replace("offering2", "offering"): v
                            for k, v in fills.items()
                            if "offering2" in k
                        },
                    }
                ),
            )
    shared_per_plan: dict[int, int] = {}
    for action in rows.get(m.Action, []):
        pid = action["plan_id"]
        if pid in joint and action["customer_owner_id"] is not None and not action["internal"]:
            action["shared"] = True
            action["milestone"] = shared_per_plan.get(pid, 0) % 3 == 0  # every third one marks a stage
            shared_per_plan[pid] = shared_per_plan.get(pid, 0) + 1
    for kpi in rows.get(m.Kpi, []):
        kpi["shared"] = kpi["plan_id"] in joint and not kpi["internal"]
    for vp in rows.get(m.ValueProposition, []):
        vp["shared"] = vp["plan_id"] in joint
    for review in rows.get(m.Review, []):
        facts = joint.get(review["plan_id"])
        if facts is not None and facts.review_health:
            review["shared"] = True
            review["customer_summary"] = REVIEWS[facts.review_health][2].pick(lang).format(**facts.fills)
    for model in (m.Need, m.Trend):
        for item in rows.get(model, []):
            item["shared"] = item["account_id"] in joint_accounts
    for meeting in rows.get(m.Interaction, []):
        meeting["shared"] = meeting["account_id"] in joint_accounts and meeting["on_date"] > today
    for pid in sorted(joint):
        facts = joint[pid]
        for description, mitigation, side, shared in (*RISKS[facts.family], INTERNAL_RISK):
            add(
                m.PlanRisk,
                plan_id=pid,
                description=description.pick(lang).format(**facts.fills),
                mitigation=mitigation.pick(lang),
                owner_side=side,
                shared=shared,
                deleted_at=None,
                created_at=now,
                updated_at=now,
            )
