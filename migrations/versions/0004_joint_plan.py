"""joint plan: share flags, customer wordings, governance, customer-side owners, joint risks

Revision ID: 0004_joint_plan
Revises: 0003_program_checklist
Create Date: 2026-11-29 11:30:00

Data carried over conservatively (design.md "What the customer sees"):
- objectives, actions and KPIs the user had left customer-visible (``internal`` = 0) become
  shared; ones marked internal stay unshared. An action of an internal objective stays unshared.
- KPIs that are our own commercial figures (revenue, profit, margin, growth, wallet share) are
  marked internal and unshared, whatever they were.
- Needs, trends, value propositions, reviews and interactions had no such choice: unshared.
- No customer wording is invented from working text: an objective's wording, the review's
  summary for the customer and the plan's joint ambition start empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_joint_plan"
down_revision: str | None = "0003_program_checklist"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SHARED_TABLES = ("trend", "need", "objective", "value_proposition", "review", "interaction", "action", "kpi")
_OUR_FIGURES = ("%revenue%", "%profit%", "%margin%", "%growth%", "%wallet%", "%turnover%", "%pipeline%")


def _shared() -> sa.Column[bool]:
    return sa.Column("shared", sa.Boolean(), server_default="0", nullable=False)


def upgrade() -> None:
    for table in _SHARED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(_shared())
            if table == "objective":
                batch_op.add_column(
                    sa.Column("customer_wording", sa.Text(), server_default="", nullable=False)
                )
            if table == "review":
                batch_op.add_column(
                    sa.Column("customer_summary", sa.Text(), server_default="", nullable=False)
                )
            if table == "action":
                batch_op.add_column(sa.Column("customer_owner_id", sa.Integer(), nullable=True))
                batch_op.add_column(sa.Column("milestone", sa.Boolean(), server_default="0", nullable=False))
                batch_op.create_foreign_key(
                    "fk_action_customer_owner_id_stakeholder",
                    "stakeholder",
                    ["customer_owner_id"],
                    ["id"],
                    ondelete="SET NULL",
                )
    with op.batch_alter_table("account_plan", schema=None) as batch_op:
        for name in ("joint_ambition", "executive_summary", "next_steps"):
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("meeting_cadence", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("escalation_path", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("next_review_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("customer_sponsor_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("our_sponsor_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("joint_version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_foreign_key(
            "fk_account_plan_customer_sponsor_id_stakeholder",
            "stakeholder",
            ["customer_sponsor_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            "fk_account_plan_our_sponsor_id_team_member",
            "team_member",
            ["our_sponsor_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "plan_risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner_side", sa.String(length=10), nullable=False),
        sa.Column("shared", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("owner_side IN ('ours', 'yours', 'joint')", name=op.f("ck_plan_risk_owner_side")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["account_plan.id"],
            name=op.f("fk_plan_risk_plan_id_account_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_risk")),
    )
    with op.batch_alter_table("plan_risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_risk_plan_id"), ["plan_id"], unique=False)

    # carry the old "internal" choice over: what the user left visible is shared, nothing more
    op.execute("UPDATE objective SET shared = 1 WHERE internal = 0")
    op.execute(
        "UPDATE action SET shared = 1 WHERE internal = 0 AND (objective_id IS NULL OR objective_id NOT IN "
        "(SELECT id FROM objective WHERE internal = 1))"
    )
    ours = " OR ".join(f"lower(name) LIKE '{pattern}'" for pattern in _OUR_FIGURES)
    op.execute(f"UPDATE kpi SET internal = 1 WHERE {ours}")
    op.execute("UPDATE kpi SET shared = 1 WHERE internal = 0")


def downgrade() -> None:
    with op.batch_alter_table("plan_risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_risk_plan_id"))
    op.drop_table("plan_risk")
    with op.batch_alter_table("account_plan", schema=None) as batch_op:
        batch_op.drop_constraint("fk_account_plan_our_sponsor_id_team_member", type_="foreignkey")
        batch_op.drop_constraint("fk_account_plan_customer_sponsor_id_stakeholder", type_="foreignkey")
        for name in (
            "joint_version",
            "our_sponsor_id",
            "customer_sponsor_id",
            "next_review_on",
            "escalation_path",
            "meeting_cadence",
            "next_steps",
            "executive_summary",
            "joint_ambition",
        ):
            batch_op.drop_column(name)
    for table in reversed(_SHARED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "action":
                batch_op.drop_constraint("fk_action_customer_owner_id_stakeholder", type_="foreignkey")
                batch_op.drop_column("milestone")
                batch_op.drop_column("customer_owner_id")
            if table == "review":
                batch_op.drop_column("customer_summary")
            if table == "objective":
                batch_op.drop_column("customer_wording")
            batch_op.drop_column("shared")
