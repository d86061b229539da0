"""plan language: the language a plan is written in (generated texts and PDFs follow it)

Revision ID: 0005_plan_language
Revises: 0004_joint_plan
Create Date: 2026-11-29 14:00:00

``account_plan.language`` ('en' or 'it'). Plans written before this revision get NULL: their
language is not known, and the app keeps treating them as before (the interface's language)
until the user chooses one (Strategy wizard, first page). New plans store the language in use
when they are made.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_plan_language"
down_revision: str | None = "0004_joint_plan"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("account_plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=5), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_account_plan_language"), "language IS NULL OR language IN ('en', 'it')"
        )


def downgrade() -> None:
    with op.batch_alter_table("account_plan", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_account_plan_language"), type_="check")
        batch_op.drop_column("language")
