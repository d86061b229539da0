"""A joint-plan field too long is refused by its name in the user's language: "Next steps" and
"Escalation path" were looked up under a name lupdate could not see (``label = translate``), so
they were missing from the catalogue and an Italian user read them in English."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.store.database import Database
from tests.services import test_breadth_svc_plan_report as breadth
from tests.services.test_breadth_svc_plan_report import World

world = breadth.world  # its fixture: an account with a plan


@pytest.mark.parametrize(
    ("field", "name", "limit"),
    [
        ("next_steps", "Prossimi passi", "20.000"),
        ("escalation_path", "Percorso di escalation", "4.000"),
        ("meeting_cadence", "Con che frequenza ci incontriamo", "200"),
    ],
)
def test_a_joint_field_too_long_is_named_in_italian(
    db: Database,
    world: World,
    italian: None,
    field: str,
    name: str,
    limit: str,
) -> None:
    too_long = sharing.JointFields(**{field: "x" * (int(limit.replace(".", "")) + 1)})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, world.account_id, too_long)
    assert str(err.value).startswith(f"Il campo «{name}» è troppo lungo (")
    assert str(err.value).endswith(f"; al massimo {limit}).") and err.value.field == field
