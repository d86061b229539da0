"""The meeting brief's own words in Italian (issue 12, module-wide): what each attendee cares
about, the questions to ask a person by name, and every kind of talking point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import GrowthFocus
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock, meeting
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    w = build(db)
    ap.save_value_proposition(
        db, w.plan_id, ap.ValuePropositionInput("Uptime", "Downtime", "Predictive", "1m")
    )
    with db.session() as s:
        s.add_all(
            [
                m.Need(
                    account_id=w.account_id,
                    description="Budget",
                    priority=3,
                    stakeholder_id=w.people["Carla"],
                ),
                m.Objective(
                    plan_id=w.plan_id, growth_focus=GrowthFocus.PROTECTION.value, description="Keep it"
                ),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id="Q10",
                    category=2,
                    status="unanswered",
                    stakeholder_id=w.people["Carla"],
                ),
                m.WhitespaceCell(
                    account_id=w.account_id,
                    buying_centre_id=w.centres["Operations"],
                    offering_id=w.offerings["Telematics"],
                    state="opportunity",
                ),
                m.Competitor(
                    account_id=w.account_id, name="RivalCo", threat_level="high", counter_strategy="Bundle"
                ),
            ]
        )
    yield w
    clock.pin_today(None)


def test_the_brief_in_italian(db: Database, world: World, italian: None) -> None:
    brief = meeting.build_brief(db, world.account_id)
    carla = brief.attendees[0]
    assert carla.cares_about[:2] == ("Cash flow", "Esigenza: Budget")
    assert brief.open_questions == (
        "Chiedere a Carla Ruiz: Come è organizzata la vostra azienda nelle aree in cui lavoriamo "
        "insieme: quali divisioni, sedi e team sono coinvolti?",
    )
    assert brief.talking_points == (
        "Presentare la proposta “Uptime” — 1m",
        "Esplorare l'offerta Telematics per il centro d'acquisto Operations (spazio bianco)",
        "Ampliare l'offerta: Sell maintenance",
        "Aprire porte: Open IT",
        "Proteggere la base: Keep it",
        "Contrastare RivalCo: Bundle",
        "Ascoltare le riserve di Dirk Vos prima di proporre qualcosa",
    )
