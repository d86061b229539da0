"""The records of an accounts file turned into clean account values, or a reason per row.

Pure: the same validation policy as typing the account in (``domain.validation``), money read
by the file's number format (``amounts``). Duplicates are found by ``name_key``: case, accents
and runs of white space do not make two names different ('Società Rossi' = 'SOCIETA  ROSSI').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from kam_desktop.domain import validation as v
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import ACCOUNT_FIELDS, spec
from kam_desktop.domain.interchange.amounts import NumberFormat, currency_in, read_money
from kam_desktop.domain.interchange.tabular import Record, Table
from kam_desktop.i18n import fmt, translate

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
# Dynamics writes the currency's name, not its code.
CURRENCY_NAMES = {
    "euro": "EUR",
    "us dollar": "USD",
    "dollaro usa": "USD",
    "pound sterling": "GBP",
    "sterlina": "GBP",
    "swiss franc": "CHF",
    "franco svizzero": "CHF",
}


def name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip().casefold()


# Legal forms that CRMs and address books spell differently ("S.r.l." / "SRL", "S.p.A." / "SpA").
_LEGAL_FORMS = frozenset(
    [
        "srl",
        "srls",
        "spa",
        "sapa",
        "snc",
        "sas",
        "sa",
        "ag",
        "gmbh",
        "kg",
        "ohg",
        "ltd",
        "llc",
        "inc",
        "corp",
        "co",
        "plc",
        "bv",
        "nv",
        "ab",
        "oy",
        "as",
        "aps",
        "sarl",
        "sas",
        "sl",
        "sro",
        "kft",
        "doo",
        "zoo",
        "sp",
    ]
)


def organisation_key(name: str) -> str:
    """``name_key`` without punctuation and legal forms: "CAFFE ROSSI SRL" ~ "Caffè Rossi S.r.l."."""
    plain = re.sub(r"[^\w\s]", "", name_key(name).replace("&", " and "))
    words = [w for w in plain.split() if w not in _LEGAL_FORMS]
    return " ".join(words) or name_key(name)


def cell_text(raw: str) -> str:
    """A cell as text; our own CSV export's "'" before a formula-like start is taken off again."""
    if raw.startswith("'") and raw[1:2] and raw[1] in _FORMULA:
        return raw[1:]
    return raw


@dataclass(frozen=True)
class AccountRow:
    row: int
    values: Mapping[str, object]  # clean values of the mapped, non-blank fields (cents for money)
    key: str = field(default="")


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: str
    name: str = ""  # the name cell as written, to show next to the reason


def _single_line(raw: str) -> str:
    return " ".join(raw.split())


def build_account(
    record: Record,
    mapping: Mapping[int, str],
    number_format: NumberFormat,
    default_currency: str,
) -> AccountRow | RowProblem:
    cells = record.cells
    raw: dict[str, str] = {}
    for col, key in mapping.items():
        raw[key] = cell_text(cells[col]) if col < len(cells) else ""
    values: dict[str, object] = {}
    try:
        values["name"] = v.name(
            _single_line(raw.get("name", "")), field="name", label=translate("Import", "Account name")
        )
        for key in ("industry", "region"):
            if raw.get(key, "").strip():
                values[key] = v.optional_name(
                    _single_line(raw[key]), field=key, label=translate("Import", spec(key).label)
                )
        currency: str | None = None
        if raw.get("currency", "").strip():
            named = CURRENCY_NAMES.get(raw["currency"].strip().casefold())
            currency = named or v.currency(raw["currency"], label=translate("Import", "Currency"))
        else:
            signs = {currency_in(raw[k]) for k in ("current_revenue", "potential_revenue") if raw.get(k)}
            signs.discard(None)
            if len(signs) > 1:
                raise ValidationError(translate("Import", "The two amounts are in different currencies."))
            currency = signs.pop() if signs else None
        for key in ("current_revenue", "potential_revenue"):
            if raw.get(key, "").strip():
                values[f"{key}_cents"] = read_money(
                    raw[key],
                    number_format,
                    field=key,
                    label=translate("Import", spec(key).label),
                    currency=currency,
                )
        if currency is not None:
            values["currency"] = currency
        elif "name" in values:
            values.setdefault("currency", default_currency)
        for key in ("description", "internal_notes"):
            if raw.get(key, ""):
                values[key] = v.text(
                    raw[key].replace("\r\n", "\n").replace("\r", "\n"),
                    field=key,
                    label=translate("Import", spec(key).label),
                )
    except ValidationError as exc:
        return RowProblem(record.row, exc.message, _single_line(raw.get("name", "")))
    return AccountRow(record.row, values, name_key(str(values["name"])))


def build_accounts(
    table: Table, mapping: Mapping[int, str], number_format: NumberFormat, default_currency: str
) -> list[AccountRow | RowProblem]:
    if "name" not in mapping.values():
        raise ValidationError(
            translate("Import", "No column is mapped to the account name; map one (Column=name)."),
            field="map",
        )
    width = len(table.headers)
    out: list[AccountRow | RowProblem] = []
    for record in table.records:
        extra = [c for c in record.cells[width:] if c.strip()]
        if extra:
            out.append(
                RowProblem(
                    record.row,
                    fmt(
                        translate(
                            "Import", "The row has %1 cells but the header has %2 (a stray delimiter?)."
                        ),
                        len(record.cells),
                        width,
                    ),
                )
            )
            continue
        out.append(build_account(record, mapping, number_format, default_currency))
    return out


def money_columns(mapping: Mapping[int, str]) -> list[int]:
    keys = {f.key for f in ACCOUNT_FIELDS if f.money}
    return [col for col, key in mapping.items() if key in keys]
