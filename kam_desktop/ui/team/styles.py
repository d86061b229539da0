"""How coverage states, role strengths and fluency ratings look: colour AND text, never colour alone."""

from __future__ import annotations

from PySide6.QtGui import QBrush

from kam_desktop.domain.coverage import WEAK_RATING, Coverage
from kam_desktop.domain.enums import FluencyArea, Role, RoleStrength
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.ui.common import theme

# (symbol + word, text colour role, background role) - colours come from ui/common/theme.py
COVERAGE_LOOK: dict[Coverage, tuple[str, str, str]] = {
    Coverage.COVERED: (QT_TRANSLATE_NOOP("Team", "✔ Covered"), "good_chip", "good_bg"),
    Coverage.THIN: (QT_TRANSLATE_NOOP("Team", "◐ Thin"), "warn_chip", "warn_bg"),
    Coverage.UNCOVERED: (QT_TRANSLATE_NOOP("Team", "✖ Uncovered"), "bad_chip", "bad_bg"),
}
COVERAGE_MEANING: dict[Coverage, str] = {
    Coverage.COVERED: QT_TRANSLATE_NOOP("Team", "Covered: someone holds this role as primary."),
    Coverage.THIN: QT_TRANSLATE_NOOP("Team", "Thin: only a backup holds this role - nobody owns it."),
    Coverage.UNCOVERED: QT_TRANSLATE_NOOP("Team", "Uncovered: nobody on the team holds this role."),
}
STRENGTH_LOOK: dict[RoleStrength, tuple[str, str, str]] = {
    RoleStrength.PRIMARY: (QT_TRANSLATE_NOOP("Team", "● Primary"), "info_chip", "info_bg"),
    RoleStrength.BACKUP: (QT_TRANSLATE_NOOP("Team", "○ Backup"), "info_soft_chip", "info_soft_bg"),
}
ARCHIVED_FG = "archived"  # theme roles, not colours
WEAK_LOOK = ("bad_chip", "bad_bg")
UNRATED_LOOK = ("muted", "neutral_bg")  # not rated: unknown, not weak - grey, not red
SHORT_AREA: dict[FluencyArea, str] = {
    FluencyArea.CUSTOMER_NEEDS: QT_TRANSLATE_NOOP("Team", "Customer\nneeds"),
    FluencyArea.OFFERINGS: QT_TRANSLATE_NOOP("Team", "Our\nofferings"),
    FluencyArea.MARKET: QT_TRANSLATE_NOOP("Team", "The\nmarket"),
    FluencyArea.COMPANY_VALUE: QT_TRANSLATE_NOOP("Team", "Our\ncompany"),
    FluencyArea.COMPETITION: QT_TRANSLATE_NOOP("Team", "Compet-\nition"),
}


def coverage_text(state: Coverage) -> str:
    return translate("Team", COVERAGE_LOOK[state][0])


def coverage_fg(state: Coverage) -> QBrush:
    return QBrush(theme.color(COVERAGE_LOOK[state][1]))


def coverage_bg(state: Coverage) -> QBrush:
    return QBrush(theme.color(COVERAGE_LOOK[state][2]))


def strength_text(strength: RoleStrength | None) -> str:
    return translate("Team", STRENGTH_LOOK[strength][0]) if strength else ""


def role_label(role: Role) -> str:
    return role.label


def rating_text(rating: int | None) -> str:
    if rating is None:
        return translate("Team", "not rated")
    return f"⚠ {rating}" if rating <= WEAK_RATING else str(rating)


def is_weak(rating: int | None) -> bool:
    """Rated WEAK_RATING or lower; a missing rating is not weak (see ``UNRATED_LOOK``)."""
    return rating is not None and rating <= WEAK_RATING
