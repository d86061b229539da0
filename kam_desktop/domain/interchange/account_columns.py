"""Which column of an accounts file goes to which account field: the headers the common CRMs and
Excel sheets write, recognised without help, and the user's own mapping on top.

Headers are compared normalised (accents, case, punctuation and a Pipedrive-style
"Organization - " prefix ignored). For each field the first header in the field's list that the
file has wins, so 'Billing Country' beats 'Billing State/Province' for the region.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate

IGNORE = "ignore"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # marked for translation; show with translate("Import", label)
    headers: tuple[str, ...]
    money: bool = False


ACCOUNT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Import", "Account name"),
        (
            "Account Name",  # Salesforce report, Dynamics
            "NAME",  # Salesforce Data Loader
            "Company name",  # HubSpot
            "Organization - Name",  # Pipedrive
            "Organization",
            "Organisation",
            "Name",
            "Company",
            "Account",
            "Ragione sociale",  # Italian Excel
            "Denominazione",
            "Cliente",
            "Azienda",
            "Società",
            "Nome cliente",
            "Nome azienda",
        ),
    ),
    FieldSpec(
        "industry",
        QT_TRANSLATE_NOOP("Import", "Industry"),
        ("Industry", "INDUSTRY", "Organization - Industry", "Settore", "Settore merceologico", "Comparto"),
    ),
    FieldSpec(
        "region",
        QT_TRANSLATE_NOOP("Import", "Region"),
        (
            "Region",
            "Billing Country",
            "BILLINGCOUNTRY",
            "Country/Region",  # HubSpot
            "Address 1: Country/Region",  # Dynamics
            "Organization - Address - Country",  # Pipedrive
            "Country",
            "Regione",
            "Nazione",
            "Paese",
            "Billing State/Province",
            "BILLINGSTATE",
            "State/Region",
            "Provincia",
        ),
    ),
    FieldSpec(
        "currency",
        QT_TRANSLATE_NOOP("Import", "Currency"),
        ("Currency", "Account Currency", "CURRENCYISOCODE", "Currency ISO Code", "Valuta", "Divisa"),
    ),
    FieldSpec(
        "current_revenue",
        QT_TRANSLATE_NOOP("Import", "Current revenue"),
        (
            "Current revenue",
            "Annual Revenue",  # Salesforce report, HubSpot, Dynamics
            "ANNUALREVENUE",  # Data Loader
            "Organization - Annual revenue",
            "Revenue",
            "Fatturato",
            "Fatturato annuo",
            "Fatturato attuale",
            "Fatturato anno corrente",
            "Ricavi",
        ),
        money=True,
    ),
    FieldSpec(
        "potential_revenue",
        QT_TRANSLATE_NOOP("Import", "Potential revenue"),
        (
            "Potential revenue",
            "Potential",
            "Revenue potential",
            "Fatturato potenziale",
            "Potenziale",
        ),
        money=True,
    ),
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("Import", "Description"),
        ("Description", "DESCRIPTION", "About", "About Us", "Descrizione"),
    ),
    FieldSpec(
        "internal_notes",
        QT_TRANSLATE_NOOP("Import", "Internal notes"),
        ("Internal notes", "Notes", "Note", "Note interne"),
    ),
)
FIELD_KEYS: tuple[str, ...] = tuple(f.key for f in ACCOUNT_FIELDS)


def spec(key: str, fields: Sequence[FieldSpec] = ACCOUNT_FIELDS) -> FieldSpec:
    for f in fields:
        if f.key == key:
            return f
    raise KeyError(key)


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"^(organization|organisation|company|account|person)\s*-\s*", r"\1 ", plain)
    return re.sub(r"[^0-9a-z]+", "", plain)


def auto_map(headers: Sequence[str], fields: Sequence[FieldSpec] = ACCOUNT_FIELDS) -> dict[int, str]:
    """{column index: field key} for the headers recognised; each field at most once."""
    index: dict[str, int] = {}
    for i, header in enumerate(headers):
        index.setdefault(normalise_header(header), i)
    mapping: dict[int, str] = {}
    for f in fields:
        for known in f.headers:
            col = index.get(normalise_header(known))
            if col is not None and col not in mapping:
                mapping[col] = f.key
                break
    return mapping


def apply_overrides(
    headers: Sequence[str],
    mapping: Mapping[int, str],
    overrides: Iterable[str],
    fields: Sequence[FieldSpec] = ACCOUNT_FIELDS,
) -> dict[int, str]:
    """The mapping after the user's 'Column=field' entries (field 'ignore' drops a column).

    A field given to a column is taken away from any other column."""
    result = dict(mapping)
    keys = {f.key for f in fields}
    for entry in overrides:
        column, sep, key = entry.partition("=")
        column, key = column.strip(), key.strip().lower()
        if not sep or not column:
            raise ValidationError(
                fmt(
                    translate("Import", "Write a mapping as \u201cColumn=field\u201d, not \u201c%1\u201d."),
                    entry,
                ),
                field="map",
            )
        matches = [i for i, h in enumerate(headers) if h.strip().casefold() == column.casefold()]
        if not matches:
            raise ValidationError(
                fmt(
                    translate("Import", "The file has no column \u201c%1\u201d. Its columns: %2."),
                    column,
                    ", ".join(headers),
                ),
                field="map",
            )
        if key not in keys and key != IGNORE:
            raise ValidationError(
                fmt(
                    translate("Import", "\u201c%1\u201d is not a field. Fields: %2."),
                    key,
                    ", ".join([*sorted(keys), IGNORE]),
                ),
                field="map",
            )
        col = matches[0]
        if key == IGNORE:
            result.pop(col, None)
            continue
        for other in [c for c, k in result.items() if k == key]:
            del result[other]
        result[col] = key
    return result
