"""Money in imported files: which number format the file uses, and each cell read exactly.

Every amount goes through the app's one money reader (``domain.numbers.parse_money``) with the
locale of the file's number format, so an import reads '1.250.000,50' exactly as a money field
typed in Italian would - never a silent x100. The file's format is decided from its own cells:
an amount whose last separator is followed by one or two digits ('1250,5', '1.250,00') can only
be a decimal comma; one with two different separators tells which is the decimal; a semicolon
file with nothing to tell is assumed Italian-Excel style but marked undecided. Only a decided
format (evidence in the file, or the user's choice) settles an otherwise ambiguous '1.250': an
undecided one lets the money reader refuse it with both readings.

Data Loader writes large revenues in scientific notation ('1.25E7'): read exactly, as what
they are (12,500,000.00).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kam_desktop.domain.numbers import parse_money
from kam_desktop.i18n import translate

DECIMAL_COMMA = "comma"
DECIMAL_POINT = "point"
LOCALE_OF = {DECIMAL_COMMA: "it_IT", DECIMAL_POINT: "en_US"}
SIGN_CURRENCY = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₣": "CHF", "₹": "INR"}

_SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?[eE]\+?[0-9]+")
_NUMBER_PART = re.compile(r"[0-9][0-9.,'\u2019 \u00a0\u202f]*[0-9]|[0-9]")
_COMMA_DECIMAL = re.compile(r"^[0-9 .'\u00a0\u202f]*,[0-9]{1,2}$|^[0-9]{1,3}(\.[0-9]{3})+,[0-9]+$")
_POINT_DECIMAL = re.compile(r"^[0-9 ,'\u00a0\u202f]*\.[0-9]{1,2}$|^[0-9]{1,3}(,[0-9]{3})+\.[0-9]+$")
_COMMA_GROUPS = re.compile(r"^[0-9]{1,3}(,[0-9]{3}){2,}$")  # 1,250,000: commas group
_POINT_GROUPS = re.compile(r"^[0-9]{1,3}(\.[0-9]{3}){2,}$")  # 1.250.000: points group


@dataclass(frozen=True)
class NumberFormat:
    decimal: str  # DECIMAL_COMMA or DECIMAL_POINT
    decided: bool  # evidence in the file or the user's choice; False = a default

    @property
    def locale(self) -> str:
        return LOCALE_OF[self.decimal]

    @property
    def example(self) -> str:
        return "1.234.567,89" if self.decimal == DECIMAL_COMMA else "1,234,567.89"

    def label(self) -> str:
        if self.decimal == DECIMAL_COMMA:
            return translate("Import", "decimal comma (1.234,56)")
        return translate("Import", "decimal point (1,234.56)")


def _number_text(cell: str) -> str:
    match = _NUMBER_PART.search(cell)
    return match.group(0) if match else ""


def detect_number_format(values: Iterable[str], delimiter: str = ",") -> NumberFormat:
    comma = point = 0
    for cell in values:
        number = _number_text(cell.strip())
        if not number or _SCIENTIFIC.fullmatch(cell.strip()):
            continue
        if _COMMA_DECIMAL.match(number) or _POINT_GROUPS.match(number):
            comma += 1
        elif _POINT_DECIMAL.match(number) or _COMMA_GROUPS.match(number):
            point += 1
    if comma and not point:
        return NumberFormat(DECIMAL_COMMA, True)
    if point and not comma:
        return NumberFormat(DECIMAL_POINT, True)
    if comma and point:  # mixed: the majority, but the user must look
        return NumberFormat(DECIMAL_COMMA if comma > point else DECIMAL_POINT, False)
    return NumberFormat(DECIMAL_COMMA if delimiter == ";" else DECIMAL_POINT, False)


def currency_in(cell: str) -> str | None:
    """The currency a cell names by sign or ISO code ('€ 1.250', '1,250 USD'), if any."""
    text = cell.strip()
    code = re.match(r"^([A-Z]{3})\s*[-+0-9]", text) or re.search(r"[0-9]\s*([A-Z]{3})$", text)
    if code:
        return code.group(1)
    for sign, iso in SIGN_CURRENCY.items():
        if sign in text:
            return iso
    return None


def _settle(number: str, fmt_: NumberFormat) -> str | None:
    """In a decided format a lone separator before three digits is settled: '1.250' in a
    decimal-comma file is 1250, '1,250' is 1.25 (written so the reader cannot misread it)."""
    if not fmt_.decided:
        return None
    single = re.fullmatch(r"([1-9][0-9]{0,2})([.,])([0-9]{3})", number)
    if not single:
        return None
    lead, sep, tail = single.groups()
    decimal_sign = "," if fmt_.decimal == DECIMAL_COMMA else "."
    return lead + tail if sep != decimal_sign else lead + sep + tail + "0"


def read_money(cell: str, fmt_: NumberFormat, *, field: str, label: str, currency: str | None = None) -> int:
    """Cents of ``cell`` in ``fmt_`` (ValidationError with the reader's message otherwise)."""
    text = cell.strip()
    if _SCIENTIFIC.fullmatch(text):
        plain = format(Decimal(text), "f")
        return parse_money(plain, "en_US", field=field, label=label)
    number = _number_text(text)
    settled = _settle(number, fmt_) if number else None
    if settled is not None:
        text = text.replace(number, settled, 1)
    return parse_money(text, fmt_.locale, field=field, label=label, currency=currency)
