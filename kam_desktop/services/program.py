"""The KAM program's settings: key-account cap, factor weights, currency, the user's name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import Factor
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, validate_weights
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.store.database import Database
from kam_desktop.store.models import FactorWeight, ProgramSettings


@dataclass(frozen=True)
class Program:
    key_account_cap: int
    currency: str
    user_name: str
    company_name: str
    definition: str
    weights: Mapping[Factor, float]


@dataclass(frozen=True)
class ProgramInput:
    key_account_cap: int
    currency: str
    user_name: str = ""
    company_name: str = ""
    definition: str = ""


def _settings(session: Session) -> ProgramSettings:
    row = session.get(ProgramSettings, 1)
    if row is None:  # a database from an interrupted first start: recreate the defaults
        row = ProgramSettings(id=1)
        session.add(row)
        session.flush()
    return row


def load_weights(session: Session) -> dict[Factor, float]:
    weights = dict(DEFAULT_WEIGHTS)
    for row in session.scalars(select(FactorWeight)):
        weights[Factor(row.factor)] = row.weight
    return weights


def get_program(db: Database) -> Program:
    with db.reading() as session:  # (writes the defaults only if they are missing)
        s = _settings(session)
        return Program(
            key_account_cap=s.key_account_cap,
            currency=s.currency,
            user_name=s.user_name,
            company_name=s.company_name,
            definition=s.definition,
            weights=load_weights(session),
        )


def update_program(db: Database, cmd: ProgramInput) -> Program:
    cap = cmd.key_account_cap
    if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= 10000:
        raise v.ValidationError(
            translate("Errors", "The key-account cap must be a whole number from 1 to 10,000."),
            field="key_account_cap",
        )
    currency = v.currency(cmd.currency)
    user_name = v.optional_name(
        cmd.user_name, field="user_name", label=QT_TRANSLATE_NOOP("Field", "Your name")
    )
    company = v.optional_name(
        cmd.company_name, field="company_name", label=QT_TRANSLATE_NOOP("Field", "Company name")
    )
    definition = v.text(cmd.definition, field="definition", label=QT_TRANSLATE_NOOP("Field", "Definition"))
    with db.session() as session:
        s = _settings(session)
        s.key_account_cap = cap
        s.currency = currency
        s.user_name = user_name
        s.company_name = company
        s.definition = definition
    return get_program(db)


def set_weights(db: Database, weights: Mapping[Factor, float]) -> Program:
    cleaned = validate_weights(weights)
    with db.session() as session:
        for factor, weight in cleaned.items():
            row = session.get(FactorWeight, factor.value)
            if row is None:
                session.add(FactorWeight(factor=factor.value, weight=weight))
            else:
                row.weight = weight
    return get_program(db)
