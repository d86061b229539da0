"""Role coverage (fourth mutation measurement, issue 12): the team's load table - every member's
key accounts, primary and backup roles, heaviest first - including the members who back nothing
up or hold nothing at all (0, not 1)."""

from __future__ import annotations

from kam_desktop.domain import coverage as cov
from kam_desktop.domain.enums import Role, RoleStrength

P, B = RoleStrength.PRIMARY, RoleStrength.BACKUP


def test_the_load_table_counts_zero_backups_for_who_backs_nothing_up() -> None:
    assignments = [
        cov.Assignment(1, 1, Role.RELATIONSHIP_LEAD, P),
        cov.Assignment(2, 1, Role.PROJECT_MANAGER, B),
        cov.Assignment(3, 2, Role.INNOVATOR, P),
        cov.Assignment(1, 4, Role.TECHNICAL_EXPERT, B),
        cov.Assignment(2, 4, Role.RESULTS_DRIVER, B),
    ]
    loads = cov.member_load({1: "Ann", 2: "Bob", 3: "Cy", 4: "Dee"}, assignments)
    assert loads == (
        cov.MemberLoad(1, "Ann", 2, 1, 1),
        cov.MemberLoad(2, "Bob", 1, 1, 0),
        cov.MemberLoad(4, "Dee", 2, 0, 2),
        cov.MemberLoad(3, "Cy", 0, 0, 0),
    )
    assert [x.overloaded for x in loads] == [False] * 4
