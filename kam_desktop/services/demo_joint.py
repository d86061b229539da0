"""The demo's joint plans: what a key account manager would share with each key account.

Applied to the demo's collected rows before they are written (``demo.generate_demo``), so every
row of a table keeps the same columns (one bulk insert per table). Only key accounts get a joint
plan; the rest keep everything unshared, as a new user's data would be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kam_desktop.domain import enums as e
from kam_desktop.store import models as m

Rows = dict[type[m.Base], list[dict[str, Any]]]

EXECUTIVE_SUMMARY = (
    "Your priorities, as you told us: reliable uptime across every site, a predictable maintenance "
    "budget and fewer suppliers to manage.\n\n"
    "What we delivered: predictive maintenance now runs on your largest lines, and unplanned downtime "
    "has come down quarter by quarter.\n\n"
    "What we propose next: extend the same service to the sites that do not have it yet, with one "
    "contract and one service desk.\n\n"
    "The decisions we ask for: approval of the pilot extension, and a named owner on your side for "
    "each site."
)
AMBITION = "Together, make unplanned downtime a rare event at every {name} site by the end of the year."
NEXT_STEPS = (
    "1. Agree the scope of the pilot extension at the next joint review.\n"
    "2. Name an owner on each side for every site in the plan.\n"
    "3. Share the first quarterly uptime report with both sponsors."
)
OBJECTIVE_WORDING = {
    e.GrowthFocus.PENETRATION.value: "Bring the same reliable service to more of your sites and teams",
    e.GrowthFocus.EXPANSION.value: "Cut unplanned downtime further with predictive maintenance on every line",
}
REVIEW_SUMMARY = (
    "The pilot is running on two lines and downtime is falling. Approvals took longer than planned, "
    "so together we moved the pilot review one month later."
)
RISKS = (
    (
        "Approval lead times for the pilot extension",
        "Start the approval in parallel with the pilot review; both sponsors follow it monthly.",
        "yours",
        True,
    ),
    (
        "Availability of field engineers during the summer peak",
        "Plan the rollout outside July and August; a named backup engineer for each site.",
        "ours",
        True,
    ),
    (
        "Site data arrives late or incomplete",
        "A shared data checklist agreed before each rollout.",
        "joint",
        True,
    ),
    ("A competitor is discounting to keep the service contract", "", "ours", False),
)
SHARED_KPIS = {"Customer satisfaction", "Unplanned downtime"}


def add_joint_plans(rows: Rows, add: Callable[..., int], today: dt.date, now: dt.datetime) -> None:
    """Fill the joint-plan columns of every row (shared flags, customer wordings, governance)."""
    key_accounts = {
        a["id"]: a["name"] for a in rows.get(m.Account, []) if a["status"] == e.AccountStatus.KEY.value
    }
    plan_account = {p["id"]: p["account_id"] for p in rows.get(m.AccountPlan, [])}
    joint_plans = {pid for pid, aid in plan_account.items() if aid in key_accounts}
    people: dict[int, list[dict[str, Any]]] = {}
    for s in rows.get(m.Stakeholder, []):
        people.setdefault(s["account_id"], []).append(s)
    team: dict[int, list[int]] = {}
    for t in rows.get(m.AccountTeamMember, []):
        team.setdefault(t["account_id"], []).append(t["team_member_id"])

    for p in rows.get(m.AccountPlan, []):
        joint = p["id"] in joint_plans
        aid = p["account_id"]
        sponsor = people.get(aid, [{}])[0].get("id") if joint and people.get(aid) else None
        p.update(
            joint_ambition=AMBITION.format(name=key_accounts.get(aid, "")) if joint else "",
            executive_summary=EXECUTIVE_SUMMARY if joint else "",
            next_steps=NEXT_STEPS if joint else "",
            meeting_cadence="Monthly operations call; quarterly business review with both sponsors"
            if joint
            else "",
            escalation_path=(
                "Site leads first; if not settled within two working days, the two sponsors decide together."
                if joint
                else ""
            ),
            next_review_on=today + dt.timedelta(days=45) if joint else None,
            customer_sponsor_id=sponsor,
            our_sponsor_id=team[aid][0] if joint and team.get(aid) else None,
            joint_version=2 if joint else 1,
        )
    internal_objectives = set()
    for o in rows.get(m.Objective, []):
        shared = o["plan_id"] in joint_plans and not o["internal"]
        if o["internal"]:
            internal_objectives.add(o["id"])
        o.update(
            shared=shared, customer_wording=OBJECTIVE_WORDING.get(o["growth_focus"], "") if shared else ""
        )
    for n, a in enumerate(rows.get(m.Action, [])):
        shared = (
            a["plan_id"] in joint_plans and not a["internal"] and a["objective_id"] not in internal_objectives
        )
        a.update(
            shared=shared,
            customer_owner_id=a["stakeholder_id"] if shared and n % 3 != 2 else None,
            milestone=shared and n % 3 == 0,
        )
    for k in rows.get(m.Kpi, []):
        k.update(shared=k["plan_id"] in joint_plans and k["name"] in SHARED_KPIS and not k["internal"])
    for vp in rows.get(m.ValueProposition, []):
        vp.update(shared=vp["plan_id"] in joint_plans)
    for r in rows.get(m.Review, []):
        shared = r["plan_id"] in joint_plans
        r.update(shared=shared, customer_summary=REVIEW_SUMMARY if shared else "")
    for model in (m.Need, m.Trend):
        for item in rows.get(model, []):
            item.update(shared=item["account_id"] in key_accounts)
    for i in rows.get(m.Interaction, []):
        i.update(shared=i["account_id"] in key_accounts and i["on_date"] > today)
    for pid in sorted(joint_plans):
        for description, mitigation, side, shared in RISKS:
            add(
                m.PlanRisk,
                plan_id=pid,
                description=description,
                mitigation=mitigation,
                owner_side=side,
                shared=shared,
                created_at=now,
                updated_at=now,
            )
