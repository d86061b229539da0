"""The role-coverage rule, gap advice, portfolio counts, member load and fluency - no Qt."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain import coverage as cov
from kam_desktop.domain.coverage import Assignment, Coverage
from kam_desktop.domain.enums import FluencyArea, Role, RoleStrength

P, B = RoleStrength.PRIMARY, RoleStrength.BACKUP
PM, INN, RL = Role.PROJECT_MANAGER, Role.INNOVATOR, Role.RELATIONSHIP_LEAD


def a(account: int, member: int, role: Role, strength: RoleStrength, archived: bool = False) -> Assignment:
    return Assignment(account, member, role, strength, archived)


def test_no_assignments_leaves_every_role_uncovered() -> None:
    cover = cov.coverage([])
    assert list(cover) == list(Role)
    assert set(cover.values()) == {Coverage.UNCOVERED}
    assert cov.gap_count(cover) == 6


def test_primary_covers_backup_is_thin_none_is_uncovered() -> None:
    cover = cov.coverage([a(1, 1, RL, P), a(1, 2, PM, B), a(1, 3, RL, B)])
    assert cover[RL] is Coverage.COVERED
    assert cover[PM] is Coverage.THIN
    assert cover[INN] is Coverage.UNCOVERED
    assert cov.gap_count(cover) == 5  # thin counts as a gap: no primary holder
    assert cov.gaps(cover)[0] is Role.TECHNICAL_EXPERT


def test_primary_wins_over_backup_in_any_order() -> None:
    assert cov.role_state([a(1, 2, PM, B), a(1, 1, PM, P)], PM) is Coverage.COVERED


def test_archived_members_do_not_cover() -> None:
    assert cov.role_state([a(1, 1, PM, P, archived=True)], PM) is Coverage.UNCOVERED
    assert cov.role_state([a(1, 1, PM, P, archived=True), a(1, 2, PM, B)], PM) is Coverage.THIN


def test_gap_count_matches_the_portfolio_rule() -> None:
    # portfolio.py: 6 minus the distinct roles with a non-archived primary holder
    assignments = [a(1, 1, RL, P), a(1, 2, RL, P), a(1, 3, PM, B), a(1, 4, INN, P, archived=True)]
    primaries = {x.role for x in assignments if x.strength is P and not x.archived}
    assert cov.gap_count(cov.coverage(assignments)) == 6 - len(primaries) == 5


def test_advice_names_team_members_who_hold_the_role_elsewhere() -> None:
    names = {1: "Ann", 2: "Bob", 3: "Cy", 4: "Dee", 5: "Eve"}
    everywhere = [
        a(1, 1, RL, P),  # account 1: only RL covered; PM backup by Cy
        a(1, 3, PM, B),
        a(2, 2, PM, P),  # Bob is PM on two other accounts
        a(3, 2, PM, P),
        a(2, 1, PM, B),  # Ann backs PM up elsewhere
        a(4, 4, PM, P),  # Dee (not on the team) is PM elsewhere
        a(2, 5, INN, P, archived=True),  # Eve is archived: never proposed
    ]
    cover = cov.coverage([x for x in everywhere if x.account_id == 1])
    tips = {t.role: t for t in cov.advice(1, cover, team=[1, 2, 3], assignments=everywhere, names=names)}
    assert set(tips) == set(cov.gaps(cover))
    pm = tips[PM]
    assert pm.state is Coverage.THIN
    assert [c.name for c in pm.candidates] == ["Cy", "Bob", "Ann"]  # backup here first, then most primaries
    assert pm.candidates[1].primary_elsewhere == 2
    assert [c.name for c in pm.outside] == ["Dee"]
    assert "Cy (backup here)" in pm.text
    inn = tips[INN]
    assert inn.state is Coverage.UNCOVERED
    assert inn.candidates == () and inn.outside == ()
    assert "Nobody" in inn.text


def test_advice_points_outside_the_team_when_nobody_inside_plays_the_role() -> None:
    everywhere = [a(2, 9, INN, P)]
    tips = cov.advice(1, cov.coverage([]), team=[1], assignments=everywhere, names={1: "Ann", 9: "Zed"})
    inn = next(t for t in tips if t.role is INN)
    assert inn.candidates == ()
    assert [c.name for c in inn.outside] == ["Zed"]
    assert "outside" in inn.text


def test_portfolio_counts_and_usual_gaps() -> None:
    accounts = [
        cov.coverage([a(1, 1, RL, P), a(1, 2, PM, B)]),
        cov.coverage([a(2, 1, RL, P), a(2, 1, PM, P)]),
        cov.coverage([]),
    ]
    counts = cov.portfolio_counts(accounts)
    assert counts[RL] == cov.RoleCount(covered=2, thin=0, uncovered=1)
    assert counts[PM] == cov.RoleCount(covered=1, thin=1, uncovered=1)
    assert counts[INN].uncovered == 3 and counts[INN].gaps == 3 and counts[INN].total == 3
    assert cov.weakest_roles(counts)[0] is Role.TECHNICAL_EXPERT  # 3 gaps, first in Role order
    assert cov.USUAL_GAPS == (Role.PROJECT_MANAGER, Role.INNOVATOR, Role.RESULTS_DRIVER)


def test_member_load_counts_key_accounts_and_primaries() -> None:
    assignments = [a(1, 1, RL, P), a(1, 1, PM, P), a(2, 1, RL, B), a(3, 2, INN, P)]
    loads = {
        x.member_id: x for x in cov.member_load({1: "Ann", 2: "Bob", 3: "Cy"}, assignments, team=[(4, 1)])
    }
    assert (loads[1].key_accounts, loads[1].primary_roles, loads[1].backup_roles) == (3, 2, 1)
    assert (loads[3].key_accounts, loads[3].primary_roles) == (0, 0)
    assert not loads[1].overloaded
    heavy = [a(n, 1, RL, P) for n in range(cov.OVERLOAD_KEY_ACCOUNTS + 1)]
    assert cov.member_load({1: "Ann"}, heavy)[0].overloaded
    order = cov.member_load({1: "Ann", 2: "Bob", 3: "Cy"}, assignments)
    assert [x.name for x in order] == ["Ann", "Bob", "Cy"]


def test_latest_fluency_rating_counts_and_weak_areas() -> None:
    d1, d2 = dt.date(2026, 1, 1), dt.date(2026, 6, 1)
    history = [
        cov.Rated(1, FluencyArea.MARKET, 5, d1),
        cov.Rated(2, FluencyArea.MARKET, 2, d2),  # newer date wins
        cov.Rated(3, FluencyArea.OFFERINGS, 1, d2),
        cov.Rated(4, FluencyArea.OFFERINGS, 4, d2),  # same day: the later entry wins
        cov.Rated(5, FluencyArea.COMPETITION, 3, d1),
    ]
    latest = {area: r.rating for area, r in cov.latest_ratings(history).items()}
    assert latest == {FluencyArea.MARKET: 2, FluencyArea.OFFERINGS: 4, FluencyArea.COMPETITION: 3}
    assert cov.weak_areas(latest) == (FluencyArea.MARKET,)  # rated 2; never rated is not weak
    assert cov.unrated_areas(latest) == (FluencyArea.CUSTOMER_NEEDS, FluencyArea.COMPANY_VALUE)
    team = [latest, {FluencyArea.MARKET: 4}]
    assert cov.team_weak_areas(team) == ()
    assert cov.team_unrated_areas(team) == (FluencyArea.CUSTOMER_NEEDS, FluencyArea.COMPANY_VALUE)
    weak_team = [{FluencyArea.MARKET: 2}, {FluencyArea.MARKET: 1, FluencyArea.OFFERINGS: 5}]
    assert cov.team_weak_areas(weak_team) == (FluencyArea.MARKET,)
    assert cov.team_weak_areas([]) == () and cov.team_unrated_areas([]) == ()
