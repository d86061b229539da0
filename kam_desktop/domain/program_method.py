"""The method's program-level checklist as data: the 6 components of the shared definition, the
9 success factors (with a rubric per level, the advice for a weak factor and the screen that
improves it), the internal-trust and leadership questions, the four things customers want
("KAM is not selling") and the "why it matters" figures.

Every text is marked with ``QT_TRANSLATE_NOOP("Program", ...)`` and shown through
``text(value)`` (= ``translate("Program", value)``), so the Italian catalogue can carry it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kam_desktop.domain.enums import GrowthFocus, LabelledEnum
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate


def text(source: str, lang: str | None = None) -> str:
    """A method text (marked with QT_TRANSLATE_NOOP) in the current language or ``lang``."""
    return translate("Program", source, lang=lang)


class CharterDecision(LabelledEnum):
    """What the manager decided about one component of the shared definition."""

    ACCEPT = "accept"
    ADAPT = "adapt"
    REJECT = "reject"

    @property
    def label(self) -> str:
        return text(_DECISION_LABELS[self])


_DECISION_LABELS = {
    CharterDecision.ACCEPT: QT_TRANSLATE_NOOP("Program", "Accepted"),
    CharterDecision.ADAPT: QT_TRANSLATE_NOOP("Program", "Adapted"),
    CharterDecision.REJECT: QT_TRANSLATE_NOOP("Program", "Rejected"),
}

CORE_DEFINITION = QT_TRANSLATE_NOOP(
    "Program",
    "Key account management is a systematic approach to managing and growing a named set of our "
    "most important customers, to maximise mutual value.",
)

# The six components of the definition (method.md, "The definition"), in the method's order.
COMPONENTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Program", "Key accounts are distinct from accounts that are merely large in revenue."),
    QT_TRANSLATE_NOOP(
        "Program",
        "The number of key accounts is limited, and the list is protected against uncontrolled growth.",
    ),
    QT_TRANSLATE_NOOP(
        "Program",
        "Key accounts are pursued as institutional partners: value is built and co-created together.",
    ),
    QT_TRANSLATE_NOOP(
        "Program",
        "Focus goes to three growth topics: penetration (more buying centres), expansion (more "
        "offerings) and protection (keeping competitors out).",
    ),
    QT_TRANSLATE_NOOP(
        "Program",
        "Key accounts are assets that need continued, often significant investment, including changes "
        "of structure and process.",
    ),
    QT_TRANSLATE_NOOP(
        "Program", "Returns on key-account investment are judged against long-term business strategy."
    ),
)


@dataclass(frozen=True)
class SuccessFactor:
    """One of the 9 things successful account teams have in common."""

    number: int  # 1-9, the method's order
    title: str
    rubric: tuple[str, str, str, str, str]  # what levels 1..5 look like
    advice: str  # what to do when the factor is weak
    screen: str  # the view that improves it (a screenshot/navigation view name)
    screen_label: str
    measurable: bool  # the app can show evidence from the user's own data


_F = QT_TRANSLATE_NOOP
SUCCESS_FACTORS: tuple[SuccessFactor, ...] = (
    SuccessFactor(
        1,
        _F("Program", "An effective, shared definition of KAM"),
        (
            _F("Program", "No written definition; a key account simply means a big customer."),
            _F(
                "Program",
                "A definition exists, but few people know it or it covers few of the six components.",
            ),
            _F("Program", "A written definition covers most components, and the account team knows it."),
            _F("Program", "All six components are decided in our own words and agreed with leadership."),
            _F(
                "Program",
                "The definition is shared across divisions, used in decisions and revisited yearly.",
            ),
        ),
        _F(
            "Program",
            "Decide on each of the six components in the charter, in your own words, and agree it with "
            "your leadership.",
        ),
        "program:charter",
        _F("Program", "Open the charter"),
        False,
    ),
    SuccessFactor(
        2,
        _F("Program", "They know how to identify key accounts"),
        (
            _F("Program", "Key accounts are the largest by revenue; no criteria, no cap."),
            _F("Program", "Some criteria exist but are applied unevenly; the list grows unchecked."),
            _F(
                "Program",
                "Accounts are scored on the factors; the cap is sometimes exceeded without a reason.",
            ),
            _F("Program", "Every key account is scored on all 8 factors and the list stays within the cap."),
            _F("Program", "Scores are kept current, the cap holds, and every exception is justified."),
        ),
        _F(
            "Program",
            "Score every key account on the 8 factors, keep the list within the cap, and write down why "
            "for every exception.",
        ),
        "portfolio",
        _F("Program", "Open the portfolio"),
        True,
    ),
    SuccessFactor(
        3,
        _F("Program", "They manage account growth planning and execution"),
        (
            _F("Program", "No account plans; the work is reactive."),
            _F("Program", "Some key accounts have a plan, but it is not used once written."),
            _F(
                "Program",
                "Most key accounts have a current plan; research is partial; actions lack owners or dates.",
            ),
            _F(
                "Program",
                "Every key account has a current plan, researched answers and owned, dated actions.",
            ),
            _F("Program", "Plans drive the work: research gaps are tracked and actions are done on time."),
        ),
        _F(
            "Program",
            "Give every key account a current plan, work through its research questions, and give every "
            "open action an owner and a due date.",
        ),
        "accounts",
        _F("Program", "Open the accounts"),
        True,
    ),
    SuccessFactor(
        4,
        _F("Program", "They follow a KAM process"),
        (
            _F("Program", "No common process; everyone works their own way."),
            _F("Program", "A process exists on paper; phases are skipped."),
            _F("Program", "Most plans pass strategy, research and action plan; reviews are irregular."),
            _F("Program", "All five phases are followed at the right rigour; reviews are held on time."),
            _F(
                "Program",
                "The process is scaled per account, reviews drive adjustments, the process improves.",
            ),
        ),
        _F(
            "Program",
            "Walk each key account's plan through the five phases with the wizards, and hold a review at "
            "least every quarter.",
        ),
        "accounts",
        _F("Program", "Open the accounts"),
        True,
    ),
    SuccessFactor(
        5,
        _F("Program", "The right people in the right roles"),
        (
            _F("Program", "The account manager does everything alone."),
            _F("Program", "There is a team, but nobody knows who covers which role."),
            _F(
                "Program",
                "Relationship Lead, Technical Expert and Collaborator are covered; the rest are missing.",
            ),
            _F("Program", "All six roles have a primary holder on most key accounts."),
            _F(
                "Program",
                "All six roles are covered on every key account, with backups and nobody overloaded.",
            ),
        ),
        _F(
            "Program",
            "Fill the missing roles on the key accounts' teams - usually Project Manager, Innovator and "
            "Results Driver.",
        ),
        "portfolio-roles",
        _F("Program", "Open role coverage"),
        True,
    ),
    SuccessFactor(
        6,
        _F("Program", "They know the difference between selling and account management"),
        (
            _F("Program", "Key accounts are worked like any sale: this quarter's deals, one contact."),
            _F("Program", "Some long-term objectives exist, but short-term targets always win."),
            _F("Program", "Plans name penetration, expansion and protection, but only sales are measured."),
            _F(
                "Program", "The team works systematically, long term, with several threads into each account."
            ),
            _F("Program", "Value is co-created with the customer at enterprise level, year after year."),
        ),
        _F(
            "Program",
            "Reflect on the four things customers want, and give each plan objectives for penetration, "
            "expansion and protection.",
        ),
        "program:selling",
        _F("Program", "Open 'KAM is not selling'"),
        False,
    ),
    SuccessFactor(
        7,
        _F("Program", "Fluent knowledge"),
        (
            _F("Program", "The team can talk only about products."),
            _F("Program", "A few people can talk about customer needs and the market."),
            _F("Program", "Most are fluent in needs and offerings; market, value or competition are weak."),
            _F("Program", "Every team member is fluent in at least four of the five areas."),
            _F("Program", "The whole team is fluent in all five areas, checked and trained regularly."),
        ),
        _F("Program", "Rate each team member on the five fluency areas, and train the weak areas first."),
        "team",
        _F("Program", "Open the team"),
        True,
    ),
    SuccessFactor(
        8,
        _F("Program", "Internal trust and frequent collaboration"),
        (
            _F("Program", "Divisions compete for the customer and keep information to themselves."),
            _F("Program", "Collaboration depends on personal friendships; trust problems persist."),
            _F("Program", "Account teams know who could help in other divisions but rarely involve them."),
            _F("Program", "Process and pay encourage involving other divisions; cross-selling is explored."),
            _F("Program", "Divisions plan key accounts together; incentives reward involving others."),
        ),
        _F(
            "Program",
            "Answer the trust questions with your team, and record which divisions take part in each key "
            "account and how well they cooperate.",
        ),
        "program:trust",
        _F("Program", "Open trust and collaboration"),
        False,
    ),
    SuccessFactor(
        9,
        _F("Program", "Leadership support for account management"),
        (
            _F("Program", "Leadership sees KAM as a sales initiative, with no extra resources."),
            _F("Program", "Leadership agrees in principle but neither funds nor staffs it."),
            _F("Program", "Leadership funds part of what is asked; support changes with the quarter."),
            _F("Program", "Leadership answers the growth questions every cycle and grants most requests."),
            _F("Program", "Leadership sponsors the program and judges returns against long-term strategy."),
        ),
        _F(
            "Program",
            "Put the three growth questions to leadership every review cycle, with the budget and the "
            "people you need.",
        ),
        "program:leadership",
        _F("Program", "Open leadership support"),
        False,
    ),
)
FACTOR_NUMBERS: tuple[int, ...] = tuple(f.number for f in SUCCESS_FACTORS)
MEASURED_FACTORS: tuple[int, ...] = tuple(f.number for f in SUCCESS_FACTORS if f.measurable)


def success_factor(number: int) -> SuccessFactor:
    return SUCCESS_FACTORS[number - 1]


TRUST_QUESTIONS: tuple[str, ...] = (
    _F("Program", "Are our trust problems about particular people, rather than the organisation?"),
    _F("Program", "Do our account teams know how other divisions can support their account initiatives?"),
    _F("Program", "How do we promote collaboration across divisions?"),
    _F("Program", "Does our process encourage exploring cross-selling opportunities?"),
    _F("Program", "Does our pay structure support involving others?"),
    _F("Program", "Which incentives are in place?"),
)

LEADERSHIP_QUESTIONS: tuple[str, str, str] = (
    _F("Program", "Are there significant growth opportunities in our accounts?"),
    _F("Program", "What will it take to seize them?"),
    _F("Program", "Are we willing to do what it takes to turn them into results?"),
)


@dataclass(frozen=True)
class CustomerWant:
    """One of the four things customers say they want from a key supplier, and where a plan
    answers it (a growth focus of its objectives, or enterprise-level decision makers)."""

    number: int
    want: str
    selling: str  # what plain selling does
    kam: str  # what the KAM path does instead
    focus: GrowthFocus | None  # objectives of this focus answer the want; None = decision makers


CUSTOMER_WANTS: tuple[CustomerWant, ...] = (
    CustomerWant(
        1,
        _F("Program", "Know the value we can bring beyond what they buy from us today"),
        _F("Program", "Selling offers what the customer already asked for."),
        _F("Program", "KAM researches their needs and brings offerings they did not know to ask for."),
        GrowthFocus.EXPANSION,
    ),
    CustomerWant(
        2,
        _F("Program", "Penetrate new divisions"),
        _F("Program", "Selling works the buying centre that already buys."),
        _F("Program", "KAM maps the whole organisation and plans entry into new buying centres."),
        GrowthFocus.PENETRATION,
    ),
    CustomerWant(
        3,
        _F("Program", "Deeper relationships that keep competitors out"),
        _F("Program", "Selling relies on one contact and the next deal."),
        _F("Program", "KAM builds many threads between the organisations, and protects them."),
        GrowthFocus.PROTECTION,
    ),
    CustomerWant(
        4,
        _F("Program", "Work with enterprise-level decision makers"),
        _F("Program", "Selling stays with the buyer of today's purchase."),
        _F("Program", "KAM co-creates with the people who set the customer's strategy."),
        None,
    ),
)

SELLING_VS_KAM = _F(
    "Program",
    "The outcomes overlap - revenue, margin, longer contracts, deeper penetration, mind share, more "
    "offerings sold, stronger relationships - but the path differs: account management is systematic, "
    "long-term, multi-threaded and co-creative.",
)


@dataclass(frozen=True)
class Figure:
    """A figure of the research ('3.1×', '87%') and its claim; the numbers are written the
    locale's way when shown ('3,1×' in Italian)."""

    numbers: tuple[Decimal, ...]
    pattern: str  # %1, %2: the numbers; the rest ('×', '%', '+', '-') is the same in every language
    claim: str

    def value(self, locale: str) -> str:
        from kam_desktop.domain.numbers import format_decimal

        return fmt(self.pattern, *(format_decimal(n, locale) for n in self.numbers))


WHY_IT_MATTERS: tuple[Figure, ...] = (
    Figure((Decimal("3.1"),), "%1×", _F("Program", "more likely to grow key-account revenue by 20% or more")),
    Figure((Decimal("3.4"),), "%1×", _F("Program", "more likely to grow profit by 20% or more")),
    Figure(
        (Decimal("4.5"),),
        "%1×",
        _F("Program", "more likely to see customer satisfaction improve year over year"),
    ),
    Figure((Decimal(87),), "%1%", _F("Program", "of companies are not among the best at account management")),
    Figure(
        (Decimal(60), Decimal(70)),
        "%1-%2%",
        _F("Program", "of new business from existing key accounts closes, against 5-20% with a new customer"),
    ),
    Figure(
        (Decimal(95),), "+%1%", _F("Program", "profit, at most, from a 5% increase in customer retention")
    ),
)
WHY_INTRO = _F("Program", "Organisations best at account management are:")
WHY_SOURCE = _F(
    "Program",
    'Source: RAIN Group, "What is Key Account Management? [+ Checklist]", drawing on its Top '
    "Performance in Strategic Account Management benchmark research; the retention figure is research "
    "that article cites.",
)
