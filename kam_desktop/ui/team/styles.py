"""How coverage states, role strengths and fluency ratings look: colour AND text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush

from kam_desktop.domain.coverage import WEAK_RATING, Coverage
from kam_desktop.domain.enums import FluencyArea, Role, RoleStrength
from kam_desktop.ui.common import theme


def tr(text: str) -> str:
    return QCoreApplication.translate("team", text)


# (symbol + word, text colour role, background role) - colours come from ui/common/theme.py
COVERAGE_LOOK: dict[Coverage, tuple[str, str, str]] = {
    Coverage.COVERED: ("✔ Covered", "good_chip", "good_bg"),
    Coverage.THIN: ("◐ Thin", "warn_chip", "warn_bg"),
    Coverage.UNCOVERED: ("✖ Uncovered", "bad_chip", "bad_bg"),
}
COVERAGE_MEANING: dict[Coverage, str] = {
    Coverage.COVERED: "Covered: someone holds this role as primary.",
    Coverage.THIN: "Thin: only a backup holds this role - nobody owns it.",
    Coverage.UNCOVERED: "Uncovered: nobody on the team holds this role.",
}
STRENGTH_LOOK: dict[RoleStrength, tuple[str, str, str]] = {
    RoleStrength.PRIMARY: ("● Primary", "info_chip", "info_bg"),
    RoleStrength.BACKUP: ("○ Backup", "info_soft_chip", "info_soft_bg"),
}
ARCHIVED_FG = "archived"  # theme roles, not colours
WEAK_LOOK = ("bad_chip", "bad_bg")
SHORT_AREA: dict[FluencyArea, str] = {
    FluencyArea.CUSTOMER_NEEDS: "Customer\nneeds",
    FluencyArea.OFFERINGS: "Our\nofferings",
    FluencyArea.MARKET: "The\nmarket",
    FluencyArea.COMPANY_VALUE: "Our\ncompany",
    FluencyArea.COMPETITION: "Compet-\nition",
}


def coverage_text(state: Coverage) -> str:
    return tr(COVERAGE_LOOK[state][0])


def coverage_fg(state: Coverage) -> QBrush:
    return QBrush(theme.color(COVERAGE_LOOK[state][1]))


def coverage_bg(state: Coverage) -> QBrush:
    return QBrush(theme.color(COVERAGE_LOOK[state][2]))


def strength_text(strength: RoleStrength | None) -> str:
    return tr(STRENGTH_LOOK[strength][0]) if strength else ""


def role_label(role: Role) -> str:
    return tr(role.label)


def rating_text(rating: int | None) -> str:
    if rating is None:
        return tr("⚠ not rated")
    return f"⚠ {rating}" if rating <= WEAK_RATING else str(rating)


def is_weak(rating: int | None) -> bool:
    return rating is None or rating <= WEAK_RATING
