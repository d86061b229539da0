"""A realistic, deterministic sample portfolio (same seed -> same data), fast at 10,000 accounts.

The texts are data (``demo_content``, ``demo_answers``: per industry family, in English and
Italian); this module decides who, what and when so that dates, stages, phase statuses and sharing
agree with each other and with ``today``. Rows are collected with precomputed ids, one key set per
table, and written with one Core ``executemany`` per table in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Boolean, Column, Connection, Date, DateTime, Table, Time, func, select, update

from kam_desktop.domain import enums as e
from kam_desktop.domain import numbers
from kam_desktop.domain.errors import ConflictError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import fmt, language, translate, using_language
from kam_desktop.services import clock
from kam_desktop.services.demo_answers import ANSWERS, SOURCES
from kam_desktop.services.demo_content import (
    COMING_INTERACTIONS,
    COMPETITOR_PRESENCE,
    COMPETITOR_PROFILE,
    COMPETITORS,
    COMPETITORS_OF_FAMILY,
    DESCRIPTION,
    FAMILY_OF_CORE,
    INDUSTRY_OF_CORE,
    INTERNAL_NOTE,
    JOINT_ACTIONS,
    KPIS,
    LOCATIONS,
    NEEDS,
    OBJECTIVES,
    OFFERINGS_OF_FAMILY,
    OPPORTUNITY_NOTE,
    OPPORTUNITY_TITLE,
    OUR_ACTIONS,
    OUR_KPI,
    PAST_INTERACTIONS,
    RESOURCES,
    REVIEW_MEETING,
    REVIEWS,
    STRATEGY_WHAT,
    STRATEGY_WHY,
    STRATEGY_WITH_WHOM,
    TRENDS,
    VALUE_PROPOSITIONS,
    T,
)
from kam_desktop.services.demo_it import DEMO_IT, with_article_it
from kam_desktop.services.demo_joint import JointFacts, add_joint_plans
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

_X = TypeVar("_X")

PREFIXES = [
    "Alpen",
    "Baltic",
    "Cobalt",
    "Delta",
    "Elbe",
    "Fjord",
    "Granite",
    "Helios",
    "Iberia",
    "Jura",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nordic",
    "Orion",
    "Pioneer",
    "Quarry",
    "Rhein",
    "Solace",
    "Tessera",
    "Umbra",
    "Vistula",
    "Westmark",
    "Xenon",
    "Yarrow",
    "Zenith",
    "Adriatic",
    "Borealis",
    "Carrara",
    "Danube",
]
CORES = [
    "Logistics",
    "Pharma",
    "Foods",
    "Motors",
    "Energy",
    "Retail",
    "Chemicals",
    "Telecom",
    "Steel",
    "Textiles",
    "Aerospace",
    "Health",
    "Insurance",
    "Robotics",
    "Paper",
    "Glass",
    "Water",
    "Rail",
    "Media",
    "Semiconductors",
]
SUFFIXES = ["AG", "GmbH", "S.p.A.", "Ltd", "Group", "SA", "BV", "Holding", "Inc.", "Sp. z o.o.", "AB", "Oy"]
REGIONS = [
    "DACH",
    "Nordics",
    "Benelux",
    "Italy",
    "Iberia",
    "France",
    "UK & Ireland",
    "Poland & CEE",
    "North America",
]
CENTRES = [
    "Operations",
    "Procurement",
    "R&D",
    "Finance",
    "IT",
    "Plant Milan",
    "Plant Gdańsk",
    "Logistics hub",
    "Marketing",
    "Quality",
    "After-sales",
    "Corporate HQ",
]
SITES = [0, 2, 4, 5, 6, 7, 9, 10]  # Operations, R&D, IT, the plants, the hub, Quality, After-sales
FIRST = [
    "Anna",
    "Marco",
    "Sofia",
    "Lukas",
    "Elena",
    "Piotr",
    "Julia",
    "Henrik",
    "Chiara",
    "Tomás",
    "Ingrid",
    "Mateo",
    "Zofia",
    "Oliver",
    "Giulia",
    "Sven",
    "Lena",
    "Rafael",
    "Agnieszka",
    "Jonas",
    "Clara",
    "Nikos",
]
LAST = [
    "Rossi",
    "Müller",
    "Kowalski",
    "Larsen",
    "García",
    "Dubois",
    "Novak",
    "Bianchi",
    "Schmidt",
    "Jensen",
    "Fischer",
    "Ferrari",
    "Wiśniewska",
    "Andersson",
    "Moreau",
    "Papadopoulos",
    "Keller",
    "Costa",
    "Berg",
]
TITLES = [
    ("Chief Executive Officer", 5),
    ("Chief Operating Officer", 5),
    ("Chief Financial Officer", 5),
    ("VP Procurement", 4),
    ("Head of Engineering", 4),
    ("Head of IT", 4),
    ("Plant Director", 4),
    ("Category Manager", 3),
    ("Procurement Lead", 3),
    ("Project Engineer", 2),
    ("Quality Manager", 3),
    ("Operations Manager", 3),
    ("IT Architect", 2),
    ("Executive Assistant", 1),
]
TEAM = [
    ("Giulia Conti", "Key Account Manager"),
    ("Daniel Weber", "Solutions Engineer"),
    ("Maja Nowak", "Customer Success"),
    ("Erik Lindqvist", "Project Manager"),
    ("Sara Bianchi", "Product Specialist"),
    ("Tom Harris", "Sales Director"),
    ("Lea Martin", "Innovation Lead"),
    ("Jan de Vries", "Service Delivery"),
    ("Paula Ortega", "Pricing & Commercial"),
    ("Kai Schneider", "Technical Architect"),
    ("Nora Jensen", "Marketing Manager"),
    ("Ahmed Khan", "Finance Business Partner"),
]
OFFERINGS = [
    "Fleet telematics",
    "Predictive maintenance",
    "Managed logistics",
    "Spare-parts service",
    "Energy monitoring",
    "Training academy",
    "Quality analytics",
    "Cloud integration",
]

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
}  # fmt: skip


def _d(base: dt.date, days: int) -> dt.date:
    return base + dt.timedelta(days=days)


def _month(day: dt.date, lang: str) -> str:
    return f"{MONTHS[lang][day.month - 1]} {day.year}"


def _quarter(day: dt.date, lang: str) -> str:
    q = (day.month - 1) // 3 + 1
    return f"{q}º trimestre {day.year}" if lang == "it" else f"Q{q} {day.year}"


def _lower_first(text: str) -> str:
    """'Predictive maintenance' -> 'predictive maintenance' (not 'IT' -> 'iT')."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _offering_fills(suffix: str, english: str, name: str, lang: str) -> dict[str, str]:
    """The ways a sentence names an offering: bare ('telematica per flotte'), capitalised, and in
    Italian with its article alone or joined to 'di'/'su' ('la ...', 'della ...', 'sulla ...')."""
    lower = _lower_first(name)
    if lang == "it":
        the, of, on = (with_article_it(lower, english, prep) for prep in ("", "di", "su"))
    else:
        the, of, on = f"the {lower}", f"of {lower}", f"on {lower}"
    return {
        f"offering{suffix}": lower,
        f"offering{suffix}_cap": name,
        f"the_offering{suffix}": the,
        f"the_offering{suffix}_cap": _upper_first(the),
        f"of_offering{suffix}": of,
        f"on_offering{suffix}": on,
    }


def _money_words(thousands: int, lang: str) -> str:
    """An amount in thousands of euros as a person writes it: 800 -> '800 mila €' / '€800k',
    1400 -> '1,4 milioni di €' / '€1.4 million' (not '1400 mila €')."""
    if thousands < 1000:
        return f"{thousands} mila €" if lang == "it" else f"€{thousands}k"
    millions = f"{thousands / 1000:.2f}".rstrip("0").rstrip(".")
    if lang == "it":
        unit = "milione" if millions == "1" else "milioni"
        return f"{millions.replace('.', ',')} {unit} di €"
    return f"€{millions} million"


def _period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The demo plans' period: twelve months that started eight months before today's month."""
    months = today.year * 12 + today.month - 1 - 8
    start = dt.date(months // 12, months % 12 + 1, 1)
    return start, dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1)


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + dt.timedelta(days=int(rng.random() * ((last - first).days + 1)))


def _program_checklist(add: Callable[..., int], today: dt.date, key_accounts: int, lang: str) -> None:
    """The program checklist of the demo: a charter, two dated self-assessments (so the trend
    shows), trust answers, divisions on the first key account, a leadership cycle, reflections."""
    from kam_desktop.store import program_models as pm

    def p(text: T) -> str:
        return text.pick(lang)

    for component, decision, words in (
        (1, "accept", T("A key account is chosen on the 8 factors, not on last year's revenue.",
                        "Un key account si sceglie sugli 8 fattori, non sul fatturato dell'anno scorso.")),
        (2, "adapt", T("At most ten key accounts; a new one replaces another unless the board agrees.",
                       "Al massimo dieci key account; uno nuovo ne sostituisce un altro, salvo accordo della "
                       "direzione.")),
        (3, "accept", T("", "")),
        (4, "accept", T("Every plan names its penetration, expansion and protection objectives.",
                        "Ogni piano indica i suoi obiettivi di penetrazione, espansione e protezione.")),
        (5, "adapt", T("Each key account gets a core team and a yearly investment case.",
                       "Ogni key account ha un team di base e un caso di investimento annuale.")),
    ):  # fmt: skip
        add(
            pm.CharterStatement,
            component=component,
            decision=decision,
            our_words=p(words),
            decided_on=_d(today, -200),
        )
    history = (
        (-190, T("Kick-off of the program", "Avvio del programma"), (2, 2, 2, 3, 1, 2, 2, 1, 2)),
        (-20, T("Half-year check", "Verifica semestrale"), (3, 4, 3, 3, 2, 3, 3, 2, 2)),
    )
    for days, note, ratings in history:
        aid = add(
            pm.ProgramAssessment,
            assessed_on=_d(today, days),
            note=p(note),
            created_at=dt.datetime.combine(_d(today, days), dt.time(9, 0)),
        )
        for factor, rating in enumerate(ratings, start=1):
            add(
                pm.ProgramFactorRating,
                assessment_id=aid,
                factor=factor,
                rating=rating,
                notes="",
                evidence="",
                measured="",
            )
    for question, answer, rating in (
        (1, T("Mostly with two people in Operations; the divisions themselves work well together.",
              "Soprattutto con due persone delle operations; le divisioni tra loro collaborano bene."), 3),
        (2, T("Only the larger teams know what Field Services can offer.",
              "Solo i team più grandi sanno che cosa può offrire l'assistenza tecnica."), 2),
        (3, T("A monthly key-account call open to every division.",
              "Una telefonata mensile sui key account aperta a tutte le divisioni."), 3),
        (4, T("Not yet: plans rarely list offerings of other divisions.",
              "Non ancora: i piani citano di rado offerte di altre divisioni."), 2),
        (5, T("No: bonuses count only sales booked in one's own division.",
              "No: i premi contano solo le vendite della propria divisione."), 1),
        (6, T("A yearly award for the best joint win.", "Un premio annuale per il miglior successo comune."), 2),
    ):  # fmt: skip
        add(pm.TrustAnswer, question=question, answer=p(answer), rating=rating, answered_on=_d(today, -20))
    if key_accounts:
        for division, how, rating in (
            (T("Field Services", "Assistenza tecnica"), T("Runs the maintenance pilot", "Gestisce il pilota di "
                                                           "manutenzione"), 4),
            (T("Digital Solutions", "Soluzioni digitali"), T("Invited to the next business review",
                                                               "Invitata alla prossima revisione di business"), 2),
        ):  # fmt: skip
            add(pm.DivisionCooperation, account_id=1, division=p(division), involvement=p(how), rating=rating)
    add(
        pm.LeadershipCycle,
        cycle_on=_d(today, -20),
        answer_1=p(T("Yes: six key accounts could each grow by a fifth in two years.",
                     "Sì: sei key account potrebbero crescere ciascuno di un quinto in due anni.")),
        answer_2=p(T("A project manager for the key-account teams and a shared pilot budget.",
                     "Un project manager per i team dei key account e un budget comune per i piloti.")),
        answer_3=p(T("Agreed for the project manager; the pilot budget is halved.",
                     "Approvato il project manager; il budget per i piloti è dimezzato.")),
        budget_asked_cents=12_000_000,
        budget_granted_cents=6_000_000,
        resources_asked=p(T("1 project manager, 20% of a solution architect",
                            "1 project manager, il 20% di un architetto delle soluzioni")),
        resources_granted=p(T("1 project manager", "1 project manager")),
    )  # fmt: skip
    for want, text in (
        (2, T("Plans now name a new buying centre for every key account.",
              "Ora i piani indicano un nuovo centro d'acquisto per ogni key account.")),
        (3, T("We protect renewals with a second relationship at each account.",
              "Proteggiamo i rinnovi con una seconda relazione in ogni account.")),
    ):  # fmt: skip
        add(pm.WantReflection, want=want, reflection=p(text))


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite types store a value (dates as ISO text, booleans as 0/1)."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: v.isoformat(" ", "microseconds")
    if isinstance(kind, Date):
        return dt.date.isoformat
    if isinstance(kind, Time):
        return lambda v: v.isoformat("microseconds")
    if isinstance(kind, Boolean):
        return int
    return None


def _write(connection: Connection, table: Table, bucket: list[dict[str, Any]]) -> None:
    """One executemany for the table: every row has the same key set (checked), values are
    converted once per column the way SQLAlchemy's SQLite types store them."""
    if not bucket:
        return
    keys = list(bucket[0])
    if any(row.keys() != bucket[0].keys() for row in bucket):
        raise AssertionError(f"demo rows of {table.name} differ in their columns")
    fixed: dict[str, Any] = {}
    for column in table.columns:  # defaults the rows leave out, as Core would apply them
        if column.key not in keys and column.default is not None and not column.primary_key:
            arg = column.default.arg  # type: ignore[attr-defined]
            fixed[column.key] = arg(None) if callable(arg) else arg
    columns = keys + list(fixed)
    converters = [(i, f) for i, k in enumerate(columns) if (f := _converter(table.c[k])) is not None]
    getter = itemgetter(*keys)
    extra = tuple(fixed.values())
    params: list[Any] = []
    memo: dict[Any, Any] = {}  # most timestamps are the same few values
    for row in bucket:
        values = getter(row)
        values = [*values, *extra] if len(keys) > 1 else [values, *extra]
        for i, convert in converters:
            value = values[i]
            if value is not None:
                stored = memo.get(value)
                if stored is None:
                    stored = memo[value] = convert(value)
                values[i] = stored
        params.append(tuple(values))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', params)


def generate_demo(
    db: Database,
    *,
    accounts: int = 25,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str = "en",
) -> dict[str, int]:
    """Write the sample portfolio into an empty database; return row counts per table.

    ``language`` ('it', 'en'): the language of the sample texts (industries, strategies, answers,
    meetings, the joint plans ...), English unless asked. The same seed gives the same portfolio,
    with the same dates, stages and sharing choices, in either language.
    """
    with using_language(language):
        return _generate_demo(db, accounts=accounts, seed=seed, today=today, progress=progress, lang=language)


def _t(text: str) -> str:
    """A short label in the demo's language (English source, Italian from ``demo_it``)."""
    if language() == "it":
        return DEMO_IT[text]  # a missing Italian label is a defect, not an English fallback
    return text


FACTORS = tuple(f.value for f in e.Factor)
SOLD, UNKNOWN = e.WhitespaceState.SOLD.value, e.WhitespaceState.UNKNOWN.value
CELL_STATES = (
    UNKNOWN,
    e.WhitespaceState.NOT_RELEVANT.value,
    e.WhitespaceState.COMPETITOR.value,
    SOLD,
    UNKNOWN,
)
OPEN_STATUSES = (e.ActionStatus.PLANNED, e.ActionStatus.IN_PROGRESS)
LIVE_STAGES = (
    (e.OpportunityStage.IDENTIFIED, (10, 15, 20)),
    (e.OpportunityStage.QUALIFIED, (30, 40)),
    (e.OpportunityStage.PROPOSED, (50, 60, 75)),
)


def _generate_demo(
    db: Database,
    *,
    accounts: int,
    seed: int,
    today: dt.date | None,
    progress: Callable[[int, int], None] | None,
    lang: str,
) -> dict[str, int]:
    if accounts < 1 or accounts > 100_000:
        limit = numbers.format_decimal(100_000, numbers.current_locale())
        raise ConflictError(fmt(translate("Errors", "The demo writes between 1 and %1 accounts."), limit))
    lang = "it" if lang == "it" else "en"
    rng = random.Random(seed)
    rnd = rng.random  # the fast draws below use only random(): a tenth of choice()'s cost

    def below(n: int) -> int:
        return int(rnd() * n)

    def randint(a: int, b: int) -> int:
        return a + int(rnd() * (b - a + 1))

    def pick(seq: Sequence[_X]) -> _X:
        return seq[int(rnd() * len(seq))]

    today = today or clock.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    period_start, period_end = _period(today)
    bank = load_question_bank()
    in_scope = {r: bank.for_rigour(r.value) for r in e.Rigour}
    rows: dict[type[m.Base], list[dict[str, Any]]] = {}
    joint_plans: dict[int, JointFacts] = {}
    buckets: dict[type[m.Base], list[dict[str, Any]]] = {}
    numbered: dict[type[m.Base], bool] = {}

    def add(model: type[m.Base], **values: Any) -> int:
        return put(model, values)

    def put(model: type[m.Base], values: dict[str, Any]) -> int:
        """Collect a row (the dict itself, so that later steps can still fill it in)."""
        bucket = buckets.get(model)
        if bucket is None:
            bucket = rows[model] = buckets[model] = []
            numbered[model] = "id" in model.__table__.c
        if numbered[model] and "id" not in values:
            values["id"] = len(bucket) + 1
        bucket.append(values)
        return values.get("id", 0)  # type: ignore[no-any-return]

    def p(text: T) -> str:
        return text.pick(lang)

    stamps = {"created_at": now, "updated_at": now}
    # program-level data
    team_names = [n for n, _ in TEAM]
    team_ids = [
        add(
            m.TeamMember,
            name=n,
            function=_t(f),
            email=n.lower().replace(" ", ".") + "@ourco.example",
            notes="",
            **stamps,
        )
        for n, f in TEAM
    ]
    for tid in team_ids:
        for area in e.FluencyArea:
            for months_ago in (9, 3):
                add(
                    m.FluencyRating,
                    team_member_id=tid,
                    area=area.value,
                    rating=randint(1, 5),
                    rated_on=_d(today, -30 * months_ago),
                    created_at=now,
                )
    offering_names = [_t(o) for o in OFFERINGS]
    offering_ids = [add(m.Offering, name=name, description="", **stamps) for name in offering_names]
    centre_labels = [_t(c) for c in CENTRES]

    used_names: set[str] = set()
    used_strategies: set[str] = set()
    key_target = min(10, max(1, accounts // 3))
    for index in range(accounts):
        while True:
            core = pick(CORES)
            name = f"{pick(PREFIXES)} {core} {pick(SUFFIXES)}"
            if name.lower() not in used_names:
                break
            name = f"{name} {len(used_names)}"
            if name.lower() not in used_names:
                break
        used_names.add(name.lower())
        family = FAMILY_OF_CORE[core]
        industry = p(INDUSTRY_OF_CORE[core])
        is_key = index < key_target
        status = (
            e.AccountStatus.KEY
            if is_key
            else pick(
                [e.AccountStatus.CANDIDATE] * 4
                + [e.AccountStatus.STANDARD] * 4
                + [e.AccountStatus.DISQUALIFIED]
            )
        )
        revenue = randint(40, 4000) * 1000 * (3 if is_key else 1)
        sites = randint(3, 24)
        aid = add(
            m.Account,
            name=name,
            industry=industry,
            region=_t(pick(REGIONS)),
            currency="EUR",
            current_revenue_cents=revenue * 100,
            potential_revenue_cents=int(revenue * rng.uniform(1.1, 4)) * 100,
            status=status.value,
            description=p(DESCRIPTION[family]).format(account=name, sites=sites),
            internal_notes=p(pick(INTERNAL_NOTE)),
            deleted_at=None,
            **stamps,
        )
        if is_key:
            add(
                m.AccountStatusChange,
                account_id=aid,
                from_status="candidate",
                to_status="key",
                reason=_t("Strategic fit and growth potential"),
                over_cap=False,
                changed_at=now - dt.timedelta(days=400 - index),
            )
        # assessments: an older and a newer one
        for age in (300, 20):
            bias = 1 if is_key else 0
            ratings = {f: min(5, max(1, randint(1, 5) + bias)) if rnd() > 0.05 else None for f in FACTORS}
            add(
                m.IdentificationAssessment,
                account_id=aid,
                assessed_on=_d(today, -age - randint(0, 20)),
                notes="",
                created_at=now,
                **ratings,
            )
        detailed = is_key or rng.random() < 0.3
        # where we work and where we want to go are sites or operating units, not head-office functions
        centre_picks = rng.sample(SITES, 2 if detailed else 1)
        if detailed:
            others = [c for c in range(len(CENTRES)) if c not in centre_picks]
            centre_picks += rng.sample(others, randint(0, 3))
        centre_ids = [
            add(
                m.BuyingCentre, account_id=aid, name=centre_labels[c], kind=_t("division"), notes="", **stamps
            )
            for c in centre_picks
        ]
        needs = NEEDS[family]
        # stakeholders with an org chart: a top person, their reports, and theirs
        n_people = randint(6, 10) if detailed else randint(1, 3)
        people: list[dict[str, Any]] = []
        for n in range(n_people):
            title, influence = TITLES[0] if n == 0 else pick(TITLES[1:])
            manager = (
                None
                if n == 0
                else people[0]["id"]
                if n < 3
                else pick(people[1:3])["id"]
                if len(people) >= 3
                else people[0]["id"]
            )
            role = pick(list(e.DecisionRole)).value
            person = {
                "account_id": aid,
                "name": f"{pick(FIRST)} {pick(LAST)}",
                "title": _t(title),
                "buying_centre_id": pick(centre_ids),
                "reports_to_id": manager,
                "decision_role": (e.DecisionRole.ECONOMIC_BUYER.value if n == 0 else role)
                if detailed
                else None,
                "influence": influence,
                "attitude": pick(list(e.Attitude)).value,
                "relationship_strength": randint(1, 5),
                "owner_id": pick(team_ids),
                "email": "",
                "phone": "",
                "cares_about": p(pick(needs)),
                "notes": "",
                "last_contact": _d(today, -randint(90, 300)),
                "deleted_at": None,
                **stamps,
            }
            put(m.Stakeholder, person)
            people.append(person)
        if not detailed:
            continue
        person_ids = [s["id"] for s in people]
        # the core team and roles (deliberate gaps: PM, Innovator, Results Driver often missing)
        members = rng.sample(range(len(team_ids)), randint(3, 5))
        member_ids = [team_ids[t] for t in members]
        for tid in member_ids:
            add(m.AccountTeamMember, account_id=aid, team_member_id=tid, added_at=now)
        common = [e.Role.RELATIONSHIP_LEAD, e.Role.TECHNICAL_EXPERT, e.Role.COLLABORATOR]
        rare = [e.Role.PROJECT_MANAGER, e.Role.INNOVATOR, e.Role.RESULTS_DRIVER]
        assigned: set[tuple[int, str]] = set()
        for duty in common + [r for r in rare if rng.random() < 0.35]:
            tid = member_ids[0] if duty is e.Role.RELATIONSHIP_LEAD else pick(member_ids)
            strength = e.RoleStrength.PRIMARY if rng.random() < 0.8 else e.RoleStrength.BACKUP
            if (tid, duty.value) not in assigned:
                assigned.add((tid, duty.value))
                add(
                    m.RoleAssignment,
                    account_id=aid,
                    team_member_id=tid,
                    role=duty.value,
                    strength=strength.value,
                    assigned_at=now,
                )
        # the account's story: where we are (centre, offering), where we want to go (centre2, offering2)
        offering, offering2 = rng.sample(OFFERINGS_OF_FAMILY[family], 2)
        rivals = COMPETITORS_OF_FAMILY[family]
        competitor = COMPETITORS[pick(rivals)]
        competitor2 = COMPETITORS[next(r for r in rivals if COMPETITORS[r] != competitor)]
        sponsor = people[0]  # their executive sponsor: the top of the org chart
        trend_picks = rng.sample(range(len(TRENDS[family])), 2)
        need_picks = rng.sample(range(len(needs)), 2)
        fills: dict[str, Any] = {
            "account": name,
            "centre": centre_labels[centre_picks[0]],
            "centre2": centre_labels[centre_picks[1]],
            **_offering_fills("", OFFERINGS[offering], offering_names[offering], lang),
            **_offering_fills("2", OFFERINGS[offering2], offering_names[offering2], lang),
            "competitor": competitor,
            "competitor2": competitor2,
            "sponsor": sponsor["name"],
            "sponsor_title": sponsor["title"],
            "kam": team_names[members[0]],
            "industry": _lower_first(industry),
            "sites": sites,
            "trend": p(TRENDS[family][trend_picks[0]]),
            "need": p(needs[need_picks[0]]),
            "need_2": p(needs[need_picks[1]]),
            "year": today.year - randint(3, 12),
        }
        for t in trend_picks:
            add(m.Trend, account_id=aid, description=p(TRENDS[family][t]), impact="", shared=False,
                deleted_at=None, **stamps)  # fmt: skip
        for k, n in enumerate(need_picks):
            add(
                m.Need,
                account_id=aid,
                description=p(needs[n]),
                priority=5 - k,
                buying_centre_id=centre_ids[k],
                stakeholder_id=sponsor["id"] if k == 0 else pick(person_ids),
                shared=False,
                deleted_at=None,
                **stamps,
            )
        strengths, weaknesses, counter = COMPETITOR_PROFILE[COMPETITORS.index(competitor)]
        add(
            m.Competitor,
            account_id=aid,
            name=competitor,
            presence=p(pick(COMPETITOR_PRESENCE)).format(**{**fills, "offering": fills["offering2"]}),
            strengths=p(strengths),
            weaknesses=p(weaknesses),
            threat_level=pick(list(e.ThreatLevel)).value,
            counter_strategy=p(counter),
            counter_status=pick(list(e.CounterStatus)).value,
            deleted_at=None,
            **stamps,
        )
        # the plan, in a phase that depends on the account: phases before `done` are done, the
        # next one is in progress, and the data of each phase is what its status says
        done = (5 if index < 2 else randint(1, 5)) if is_key else randint(0, 2)
        rigour = e.Rigour.STANDARD if index < 2 else pick(list(e.Rigour))
        elapsed = (today - period_start).days
        completed = [_d(period_start, elapsed * (k + 1) // 6) for k in range(5)]
        strategy_what = p(STRATEGY_WHAT[family][below(3)]).format(**fills)
        if strategy_what in used_strategies:
            strategy_what = p(STRATEGY_WHAT[family][0]).format(**fills)
        used_strategies.add(strategy_what)
        plan_fills = {**fills, "pct": randint(2, 9), "n": randint(2, 5)}
        plan_id = add(
            m.AccountPlan,
            account_id=aid,
            period_start=period_start,
            period_end=period_end,
            rigour=rigour.value,
            strategy_what=strategy_what,
            strategy_with_whom=p(pick(STRATEGY_WITH_WHOM)).format(**fills),
            strategy_why=p(pick(STRATEGY_WHY[family])).format(**plan_fills),
            revenue_target_cents=int(revenue * 1.25) * 100 if done >= 1 else None,
            topic_penetration="focus",
            topic_expansion="focus",
            topic_protection=("focus" if rng.random() < 0.6 else "not_this_period")
            if done >= 1
            else "undecided",
            still_key=True if done >= 2 else None,
            language=lang,  # the plan is written in the demo's language
            qualification_note="",
            internal_notes="",
            **stamps,
        )
        plan = buckets[m.AccountPlan][-1]
        for cid in centre_ids[:2]:
            add(m.PlanTargetBuyingCentre, plan_id=plan_id, buying_centre_id=cid)
        add(m.PlanTargetStakeholder, plan_id=plan_id, stakeholder_id=sponsor["id"])
        for number, phase in enumerate(e.Phase):
            phase_status = "done" if number < done else "in_progress" if number == done else "not_started"
            add(
                m.PlanPhase,
                plan_id=plan_id,
                phase=phase.value,
                status=phase_status,
                completed_on=completed[number] if phase_status == "done" else None,
                wizard_page=0,
            )
        objectives: list[tuple[int, str, int]] = []  # id, focus, template
        for focus in e.GrowthFocus:
            if plan[f"topic_{focus.value}"] != "focus":
                continue
            variant = below(2)
            desc, target, _wording = OBJECTIVES[focus.value][variant]
            due = _between(rng, min(period_end, max(_d(today, 20), _d(period_start, 60))), period_end)
            o_fills = {
                **fills,
                "centre": fills["centre2"],
                **_offering_fills("", OFFERINGS[offering2], offering_names[offering2], lang),
                "due": _month(due, lang),
            }
            oid = add(
                m.Objective,
                plan_id=plan_id,
                growth_focus=focus.value,
                description=p(desc).format(**o_fills),
                measurable_target=p(target).format(**o_fills),
                due_date=due,
                internal=focus is e.GrowthFocus.PROTECTION,  # names the competitor: keep it internal
                shared=False,
                customer_wording="",
                deleted_at=None,
                **stamps,
            )
            objectives.append((oid, focus.value, variant))
        # research: nothing before the phase starts, a first quarter of it in progress, most when done
        questions = in_scope[rigour]
        if done >= 1:
            share = 0.2 if done == 1 else rng.uniform(0.6, 0.85)
            picked = sorted(rng.sample(range(len(questions)), max(1, int(len(questions) * share))))
            if done >= 2:  # every category touched
                seen = {questions[i].category for i in picked}
                for i, q in enumerate(questions):
                    if q.category not in seen:
                        picked.append(i)
                        seen.add(q.category)
            for i in sorted(picked):
                q = questions[i]
                roll = rng.random()
                r_status = (
                    e.ResearchStatus.ANSWERED
                    if roll < 0.75
                    else e.ResearchStatus.NEEDS_RESEARCH
                    if roll < 0.9
                    else e.ResearchStatus.NOT_RELEVANT
                )
                who = pick(people)
                a_fills = {
                    **fills,
                    "person": who["name"],
                    "person_title": who["title"],
                    "pct": randint(12, 70),
                    "n": randint(2, 9),
                    "months": randint(2, 8),
                    "money": _money_words(randint(2, 24) * 50, lang),
                    "kam": team_names[pick(members)],
                }
                answer = ANSWERS[q.id].pick(lang) if r_status is e.ResearchStatus.ANSWERED else ""
                source = pick(SOURCES)
                add(
                    m.ResearchAnswer,
                    plan_id=plan_id,
                    question_id=q.id,
                    custom_question="",
                    category=q.category,
                    answer=answer.format(**a_fills),
                    status=r_status.value,
                    owner_id=team_ids[pick(members)],
                    due_date=_d(today, randint(7, 45))
                    if r_status is e.ResearchStatus.NEEDS_RESEARCH
                    else None,
                    source=p(source).format(**a_fills) if r_status is e.ResearchStatus.ANSWERED else "",
                    stakeholder_id=who["id"] if "{person" in answer else None,
                    internal=False,
                    deleted_at=None,
                    **stamps,
                )
        # the compelling case
        vp_value = 0
        if done >= 2:
            vp_title, problem, solution, quantified, proof = VALUE_PROPOSITIONS[family][below(2)]
            vp_value = randint(3, 30) * 50
            add(
                m.ValueProposition,
                plan_id=plan_id,
                title=p(vp_title),
                problem=p(problem).format(pct=randint(2, 6)),
                solution=p(solution),
                quantified_value=p(quantified).format(money=_money_words(vp_value, lang)),
                value_cents=vp_value * 1000 * 100,
                proof=p(proof),
                shared=False,
                deleted_at=None,
                **stamps,
            )
        # actions: when the action plan is done every objective has one; in progress, only the first
        if done >= 2:
            targets = objectives if done >= 3 else objectives[:1]
            joint_deck: list[T] = []
            our_deck: list[T] = []
            for oid, o_focus, _variant in targets:
                joint_ok = o_focus != "protection"
                for _ in range((randint(3, 4) if index < 2 else randint(2, 3)) if done >= 3 else 1):
                    joint = joint_ok and rnd() < 0.7
                    deck, templates = (joint_deck, JOINT_ACTIONS) if joint else (our_deck, OUR_ACTIONS)
                    if not deck:  # no title twice in one plan while there are others left
                        deck.extend(rng.sample(templates, len(templates)))
                    action_title = deck.pop()
                    roll = rng.random()
                    if roll < 0.4:
                        a_status = e.ActionStatus.DONE
                        finished = _between(rng, max(period_start, _d(today, -90)), _d(today, -1))
                        due = _between(rng, finished, min(today, _d(finished, 10)))
                    else:
                        a_status = OPEN_STATUSES[below(2)] if joint or roll < 0.9 else e.ActionStatus.BLOCKED
                        finished = None
                        due = _between(rng, _d(today, -14), min(period_end, _d(today, 75)))
                    add(
                        m.Action,
                        plan_id=plan_id,
                        objective_id=oid,
                        research_answer_id=None,
                        review_id=None,
                        interaction_id=None,
                        stakeholder_id=pick(person_ids),
                        title=p(action_title).format(**fills),
                        owner_id=team_ids[pick(members)],
                        due_date=due,
                        resources_needed=p(pick(RESOURCES)) if rng.random() < 0.4 else "",
                        status=a_status.value,
                        completed_on=finished,
                        internal=not joint,  # our own task: never the customer's business
                        shared=False,
                        customer_owner_id=pick(person_ids) if joint else None,
                        milestone=False,
                        deleted_at=None,
                        **stamps,
                    )
        # whitespace: what we sell where (a cell not written is "unknown"); opportunities follow the
        # cells they are about
        states: dict[tuple[int, int], str] = {}
        for c_index in range(len(centre_ids)):
            for o_index in range(len(offering_ids)):
                states[(c_index, o_index)] = (
                    SOLD if (c_index, o_index) == (0, offering) else pick(CELL_STATES)
                )
        # the pipeline: once execution is done, a won deal and live ones with close dates; before
        # that, early opportunities, the first of them not yet dated (what execution still lacks)
        wanted = [
            (1, offering),
            (0, offering2),
            (1, offering2),
            (below(len(centre_ids)), below(len(OFFERINGS))),
        ]
        if done >= 4:
            stages = [e.OpportunityStage.WON] + [
                pick(
                    (
                        e.OpportunityStage.IDENTIFIED,
                        e.OpportunityStage.QUALIFIED,
                        e.OpportunityStage.PROPOSED,
                        e.OpportunityStage.PROPOSED,
                        e.OpportunityStage.LOST,
                    )
                )
                for _ in range(randint(1, 3))
            ]
        else:
            stages = [e.OpportunityStage.IDENTIFIED] + [
                pick((e.OpportunityStage.IDENTIFIED, e.OpportunityStage.QUALIFIED))
                for _ in range(randint(0, 2))
            ]
        taken: set[tuple[int, int]] = set()
        pipeline: list[dict[str, Any]] = []
        close: dt.date | None
        for n_opp, ((c_index, o_index), stage) in enumerate(zip(wanted, stages, strict=False)):
            if (c_index, o_index) in taken:
                continue
            taken.add((c_index, o_index))
            if stage is e.OpportunityStage.WON:
                probability, close = 100, _between(rng, _d(period_start, 30), _d(today, -7))
                states[(c_index, o_index)] = SOLD
            elif stage is e.OpportunityStage.LOST:
                probability, close = 0, _between(rng, _d(period_start, 30), _d(today, -7))
                states[(c_index, o_index)] = e.WhitespaceState.COMPETITOR.value
            else:
                probability = pick(next(p_ for s, p_ in LIVE_STAGES if s is stage))
                close = None if done < 4 and n_opp == 0 else _between(rng, _d(today, 14), _d(today, 200))
                states[(c_index, o_index)] = e.WhitespaceState.OPPORTUNITY.value
            o_name = offering_names[o_index]
            pipeline.append(dict(
                account_id=aid,
                whitespace_cell_id=(c_index, o_index),
                title=p(pick(OPPORTUNITY_TITLE)).format(
                    **_offering_fills("", OFFERINGS[o_index], o_name, lang),
                    centre=centre_labels[centre_picks[c_index]],
                ),
                buying_centre_id=centre_ids[c_index],
                offering_id=offering_ids[o_index],
                growth_focus=(
                    e.GrowthFocus.PROTECTION if o_index == offering and c_index == 0 else
                    e.GrowthFocus.PENETRATION if c_index != 0 else e.GrowthFocus.EXPANSION
                ).value,
                stage=stage.value,
                value_cents=randint(20, 900) * 1000 * 100,
                probability=probability,
                expected_close=close,
                notes=p(OPPORTUNITY_NOTE[stage.value]).format(
                    person=pick(people)["name"], competitor=competitor
                ),
                deleted_at=None,
                **stamps,
            ))  # fmt: skip
        cell_ids = {
            key: add(
                m.WhitespaceCell,
                account_id=aid,
                buying_centre_id=centre_ids[key[0]],
                offering_id=offering_ids[key[1]],
                state=state,
                notes="",
                updated_at=now,
            )
            for key, state in states.items()
            if state != UNKNOWN
        }
        for deal in pipeline:
            deal["whitespace_cell_id"] = cell_ids[deal["whitespace_cell_id"]]
            put(m.Opportunity, deal)
        # meetings: the history in this period (with notes) and what is booked (without)
        past_days = sorted(
            rng.sample(range(max(10, (today - period_start).days - 10), 1, -1), randint(3, 4)),
            reverse=True,
        )
        meetings: list[tuple[dt.date, str, T, T | None, T | None]] = []
        for back in past_days:
            kind, subject, summary, steps = pick(PAST_INTERACTIONS)
            meetings.append((_d(today, -back), kind, subject, summary, steps))
        review_day: dt.date | None = None
        coming = rng.sample(range(len(COMING_INTERACTIONS)), 2)
        offsets = sorted(rng.sample(range(3, 60), 3))
        for offset, which in zip(offsets[:2], coming, strict=True):
            kind, subject = COMING_INTERACTIONS[which]
            meetings.append((_d(today, offset), kind, subject, None, None))
        if is_key:
            review_day = _d(today, offsets[2])
            meetings.append((review_day, "business_review", REVIEW_MEETING, None, None))
        last_seen: dict[int, dt.date] = {}
        for on_date, kind, subject, m_notes, m_steps in meetings:
            attendees = rng.sample(people, min(3, len(people)))
            m_fills = {**fills, "person": attendees[0]["name"], "quarter": _quarter(_d(on_date, -30), lang)}
            iid = add(
                m.Interaction,
                account_id=aid,
                kind=kind,
                on_date=on_date,
                start_time=dt.time(pick([9, 10, 14, 16]), 0),
                subject=p(subject).format(**m_fills),
                location="" if kind in ("email", "call") else p(pick(LOCATIONS)).format(**fills),
                summary=p(m_notes).format(**m_fills) if m_notes else "",
                next_steps=p(m_steps).format(**m_fills) if m_steps else "",
                shared=False,
                deleted_at=None,
                **stamps,
            )
            for attendee in attendees:
                sid = attendee["id"]
                add(m.InteractionAttendee, interaction_id=iid, stakeholder_id=sid, team_member_id=None)
                if on_date <= today:
                    last_seen[sid] = max(on_date, last_seen.get(sid, on_date))
            add(m.InteractionAttendee, interaction_id=iid, stakeholder_id=None, team_member_id=member_ids[0])
        for person in people:  # last contact: the last meeting they attended
            if person["id"] in last_seen:
                person["last_contact"] = last_seen[person["id"]]
        # KPIs: defined with the action plan, measured each quarter; our own figure stays internal
        if done >= 3:
            for kpi_name, unit, direction, base, goal, ours in [(*k, False) for k in KPIS[family]] + [
                (*OUR_KPI, True)
            ]:
                kid = add(
                    m.Kpi,
                    plan_id=plan_id,
                    name=p(kpi_name),
                    unit=p(unit),
                    direction=direction,
                    baseline=base,
                    target=goal,
                    internal=ours,
                    shared=False,
                    deleted_at=None,
                    **stamps,
                )
                quarter = 0
                while (on := _d(period_start, 91 * quarter + 20)) <= today:
                    step = (goal - base) * (quarter + 1) / 5 * rng.uniform(0.6, 1.1)
                    add(m.KpiMeasurement, kpi_id=kid, measured_on=on, value=round(base + step, 1), note="")
                    quarter += 1
        review_health: str | None = None
        if done >= 5:
            health = pick(list(e.Health))
            review_health = health.value
            findings, adjustments, summary = REVIEWS[health.value]
            add(
                m.Review,
                plan_id=plan_id,
                held_on=completed[4],
                health=health.value,
                findings=p(findings).format(**fills),
                adjustments=p(adjustments).format(**fills),
                snapshot_json="{}",
                shared=False,
                customer_summary="",
                created_at=now,
            )
        if is_key and done >= 3:  # what the account manager shares with this key account
            joint_plans[plan_id] = JointFacts(
                family=family,
                fills=fills,
                done=done,
                review_day=review_day,
                customer_sponsor_id=sponsor["id"],
                our_sponsor_id=member_ids[0],
                objectives=tuple(objectives),
                review_health=review_health,
            )
        if progress and index % 500 == 0:
            progress(index, accounts)

    _program_checklist(add, today, key_target, lang)
    add_joint_plans(
        rows, add, joint_plans, lang=lang, now=now, today=today
    )  # what each key account's manager shares

    with db.session() as session:
        if session.scalar(select(func.count()).select_from(m.Account)):
            raise ConflictError(
                translate(
                    "Errors", "This database already has accounts; the demo writes only into an empty one."
                )
            )
        existing_team = session.scalar(select(func.count()).select_from(m.TeamMember))
        if existing_team:
            raise ConflictError(
                translate(
                    "Errors", "This database already has a team; the demo writes only into an empty one."
                )
            )
        connection = session.connection()
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB while the indexes grow
        try:
            for model, bucket in rows.items():
                _write(connection, model.__table__, bucket)  # type: ignore[arg-type]
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")
        session.execute(
            update(m.ProgramSettings).values(
                user_name="Giulia Conti", company_name=_t("OurCo Industrial Services")
            )
        )
    return {model.__tablename__: len(bucket) for model, bucket in rows.items()}
