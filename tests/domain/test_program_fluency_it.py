"""The team fluency evidence writes its averages the way the language in effect does."""

from __future__ import annotations

from kam_desktop.domain import program as p
from kam_desktop.domain.enums import FluencyArea
from kam_desktop.i18n import using_language


def test_fluency_averages_use_the_decimal_comma_in_italian_and_the_point_in_english() -> None:
    first, second = list(FluencyArea)[:2]
    facts = p.FluencyFacts(3, 1, {first: 3.25, second: 4.0}, ())
    with using_language("it"):
        lines = [(line.label, line.value) for line in p.fluency_evidence(facts).lines]
        italian = dict(lines)["Valutazione media per area"]
        assert italian.startswith(f"{first.label} 3,2; {second.label} 4,0; ")
    with using_language("en"):
        english = dict((line.label, line.value) for line in p.fluency_evidence(facts).lines)[
            "Average rating per area"
        ]
        assert english.startswith(f"{first.label} 3.2; {second.label} 4.0; ")
