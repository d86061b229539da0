"""The user's profile: name (the "Prepared by" of every exported plan and brief), company and
currency. Stored in the program settings - the same fields the Program page's Settings tab
edits, so there is one place for them. The interface language is a preference of the window
(``ui.common.settings``), not of the database.

``needs_first_run`` tells the window to show the first-run view: an empty database (no
account, also none in the trash) whose profile was never answered (no name yet)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kam_desktop.domain import validation as v
from kam_desktop.i18n import translate
from kam_desktop.services.program import _settings
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, ProgramSettings


@dataclass(frozen=True)
class Profile:
    user_name: str
    company_name: str
    currency: str

    @property
    def answered(self) -> bool:
        return bool(self.user_name.strip())


def get_profile(db: Database) -> Profile:
    with db.reading() as session:
        row = session.get(ProgramSettings, 1)
        if row is None:
            return Profile("", "", "EUR")
        return Profile(row.user_name, row.company_name, row.currency)


def needs_first_run(db: Database) -> bool:
    """No account at all (not even in the trash) and no name given yet."""
    with db.reading() as session:
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
        name = session.scalar(select(ProgramSettings.user_name)) or ""
    return accounts == 0 and not name.strip()


def save_profile(db: Database, user_name: str, company_name: str, currency: str) -> Profile:
    """Validate and store; the name is required (it is what the first run asks for)."""
    name = v.name(user_name, field="user_name", label=translate("Profile", "Your name"))
    company = v.optional_name(company_name, field="company_name", label=translate("Profile", "Your company"))
    code = v.currency(
        (currency or "").strip().upper(), field="currency", label=translate("Profile", "Currency")
    )
    with db.session() as session:
        row = _settings(session)
        row.user_name = name
        row.company_name = company
        row.currency = code
    return get_profile(db)
