"""The third mutation measurement's open survivors in the domain (issue 12), pinned by what a
user gets: the chart's axis for a portfolio of one revenue decade, advice for roles the coverage
map leaves out, the calendar's stamp on a machine whose clock is not on UTC, and the question
bank's translations."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop import i18n
from kam_desktop.domain import coverage as cov
from kam_desktop.domain.chart import ChartPoint, layout, revenue_labels
from kam_desktop.domain.coverage import Coverage
from kam_desktop.domain.enums import Role, RoleStrength
from kam_desktop.domain.interchange.ical import CalendarEvent, build_calendar
from kam_desktop.domain.question_bank import parse_question_bank

# --- the chart: every revenue the same power of ten ------------------------------------------


def test_a_portfolio_of_one_revenue_decade_spans_exactly_that_decade() -> None:
    # 1,000 is a whole power of ten: floor and ceiling of its logarithm agree, so the axis
    # takes the one decade above it - 1K at the bottom edge, 10K at the top edge
    points = [
        ChartPoint(1, "Acme", 40.0, 1_000, 10.0, "key"),
        ChartPoint(2, "Beta", 80.0, 1_000, 10.0, "key"),
    ]
    assert revenue_labels(points) == ["1K", "10K"]
    c = layout(points, 600, 400)
    _left, top, _right, bottom = c.plot
    assert (top, bottom) == (20, 356)
    assert [(round(y, 6), label) for y, label in c.y_axis.ticks] == [(356.0, "1K"), (20.0, "10K")]
    assert sorted((b.id, b.x, round(b.y, 6)) for b in c.bubbles) == [(1, 272.4, 356.0), (2, 474.8, 356.0)]


# --- coverage advice: a role the map does not mention is uncovered ---------------------------


def test_a_role_missing_from_the_coverage_map_is_advised_as_uncovered() -> None:
    rl = Role.RELATIONSHIP_LEAD
    tips = cov.advice(
        1,
        {},  # nothing known about account 1: every role is a gap, as gaps() and portfolio_counts() say
        team=[7],
        assignments=[cov.Assignment(2, 7, rl, RoleStrength.PRIMARY)],
        names={7: "Ann"},
    )
    assert [t.role for t in tips] == list(Role)
    assert {t.state for t in tips} == {Coverage.UNCOVERED}
    lead = tips[0]
    assert lead.text == "Relationship Lead is uncovered. On this team: Ann (primary on 1 other account)."
    assert tips[1].text == "Technical Expert is uncovered. Nobody on the team plays it on any account yet."


# --- the calendar: a naive `now` is UTC, whatever the machine's zone -------------------------


@pytest.mark.usefixtures("machine_in_rome")
def test_a_naive_now_is_stamped_as_utc_on_a_machine_outside_utc() -> None:
    event = CalendarEvent("meeting-1@kam", "Kick-off", dt.date(2027, 1, 15), dt.time(9, 30))
    naive = build_calendar([event], "Europe/Rome", now=dt.datetime(2027, 1, 1, 8, 0)).decode()
    aware = build_calendar([event], "Europe/Rome", now=dt.datetime(2027, 1, 1, 8, 0, tzinfo=dt.UTC)).decode()
    # (read as the machine's local time, 08:00 in Rome would be 07:00 UTC)
    assert "DTSTAMP:20270101T080000Z\r\n" in naive
    assert naive == aware


# --- the question bank: each language's text read from its own field --------------------------


BANK = {
    "categories": [
        {
            "id": 1,
            "key": "customer",
            "title": "The customer",
            "title_it": "Il cliente",
            "title_en": "not read: English is the plain field",
            "description": "Who they are",
            "description_it": "Chi sono",
        }
    ],
    "questions": [
        {
            "id": "Q01",
            "category": 1,
            "text": "What do they sell?",
            "text_it": "Che cosa vendono?",
            "text_en": "not read",
            "hint": "Their catalogue",
            "hint_it": "Il loro catalogo",
            "ask_customer": "What do you sell?",
            "ask_customer_it": "Che cosa vendete?",
            "rigour": ["light"],
        }
    ],
}


def test_the_bank_keeps_each_languages_text_from_its_own_field() -> None:
    bank = parse_question_bank(BANK)
    (category,) = bank.categories
    (question,) = bank.questions
    assert dict(category.titles) == {"en": "The customer", "it": "Il cliente"}
    assert dict(category.descriptions) == {"en": "Who they are", "it": "Chi sono"}
    assert dict(question.texts) == {"en": "What do they sell?", "it": "Che cosa vendono?"}
    assert dict(question.hints) == {"en": "Their catalogue", "it": "Il loro catalogo"}
    assert dict(question.asks) == {"en": "What do you sell?", "it": "Che cosa vendete?"}
    assert question.text_in("it") == "Che cosa vendono?"
    assert question.text_in("en") == "What do they sell?"
    previous = i18n.language()
    i18n.set_language("it")
    try:
        assert (category.title, question.text, question.hint, question.ask_customer) == (
            "Il cliente",
            "Che cosa vendono?",
            "Il loro catalogo",
            "Che cosa vendete?",
        )
    finally:
        i18n.set_language(previous)
