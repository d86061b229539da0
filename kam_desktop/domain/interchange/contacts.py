"""Contacts from vCard files (3.0 and 4.0, as phones, Outlook, Google and Apple write them) and from
the CSV exports of CRMs, Outlook and Google Contacts, as plain ``Contact`` values. Pure.

vCard: ``vobject`` unfolds lines and undoes the escapes (``\\,`` ``\\;`` ``\\n``); the
organisation is ORG's first part, the department its second. The manager comes from
``X-MANAGER`` / ``X-MS-MANAGER`` (Outlook), an Apple related name labelled Manager, or a
``RELATED`` with a text value and a manager-like type.

CSV: the headers of Salesforce (reports and Data Loader), HubSpot, Dynamics, Pipedrive,
Outlook, Google Contacts and Italian sheets are recognised; the manager is the CRM's manager id
(matched against the file's own ids) or a manager name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kam_desktop.domain import validation as v
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import FieldSpec, auto_map
from kam_desktop.domain.interchange.account_rows import RowProblem, cell_text
from kam_desktop.domain.interchange.tabular import Table, decode, read_table
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Contact:
    row: int  # CSV: the spreadsheet row; vCard: the card's number in the file (1 = first)
    name: str
    title: str = ""
    organisation: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    external_id: str = ""
    manager_id: str = ""
    manager_name: str = ""


CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "external_id",
        QT_TRANSLATE_NOOP("Import", "Id"),
        ("Contact ID", "ID", "Record ID", "Person - ID", "(Do Not Modify) Contact"),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        ("Full Name", "NAME", "Name", "Person - Name", "Contact Name", "Nome completo"),
    ),
    FieldSpec(
        "first_name",
        QT_TRANSLATE_NOOP("Import", "First name"),
        ("First Name", "FIRSTNAME", "Given Name", "Nome"),
    ),
    FieldSpec(
        "last_name",
        QT_TRANSLATE_NOOP("Import", "Last name"),
        ("Last Name", "LASTNAME", "Family Name", "Cognome"),
    ),
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title"),
        # Outlook's "Title" is Mr/Ms: its "Job Title" comes first
        (
            "Job Title",
            "Organization Title",
            "Organization 1 - Title",
            "Person - Job title",
            "Title",
            "TITLE",
            "Ruolo",
            "Qualifica",
            "Posizione",
        ),
    ),
    FieldSpec(
        "organisation",
        QT_TRANSLATE_NOOP("Import", "Organisation"),
        (
            "Account Name",
            "Company Name",
            "Company",
            "Associated Company",
            "Organization Name",
            "Organization 1 - Name",
            "Person - Organization",
            "Organization",
            "Organisation",
            "Azienda",
            "Ragione sociale",
            "Società",
        ),
    ),
    FieldSpec(
        "department",
        QT_TRANSLATE_NOOP("Import", "Department"),
        ("Department", "Organization Department", "Organization 1 - Department", "Reparto", "Ufficio"),
    ),
    FieldSpec(
        "email",
        QT_TRANSLATE_NOOP("Import", "Email"),
        (
            "Email",
            "EMAIL",
            "E-mail Address",
            "E-mail 1 - Value",
            "Email Address",
            "Person - Email - Work",
            "Person - Email",
            "Work Email",
            "E-mail",
            "Posta elettronica",
        ),
    ),
    FieldSpec(
        "phone",
        QT_TRANSLATE_NOOP("Import", "Phone"),
        (
            "Business Phone",
            "Phone",
            "PHONE",
            "Phone Number",
            "Phone 1 - Value",
            "Person - Phone - Work",
            "Person - Phone",
            "Mobile Phone",
            "Mobile",
            "MOBILEPHONE",
            "Telefono",
            "Cellulare",
        ),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("Import", "Notes"), ("Notes", "Description", "DESCRIPTION", "Note")),
    FieldSpec(
        "manager_id",
        QT_TRANSLATE_NOOP("Import", "Manager id"),
        ("Reports To ID", "REPORTSTOID", "ReportsToId"),
    ),
    FieldSpec(
        "manager_name",
        QT_TRANSLATE_NOOP("Import", "Manager"),
        ("Reports To", "Reports To: Full Name", "Manager's Name", "Manager", "Responsabile", "Riporta a"),
    ),
)


def is_vcard(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:8192].decode("utf-16", errors="ignore").lstrip().encode()
    return head[:11].upper() == b"BEGIN:VCARD"


# --- vCard ---------------------------------------------------------------------------------------


def _first(card: Any, name: str) -> Any:
    lines = getattr(card, "contents", {}).get(name.lower(), [])
    if not lines:
        return None
    preferred = [ln for ln in lines if _is_preferred(ln)]
    return (preferred or lines)[0]


def _is_preferred(line: Any) -> bool:
    params = {k.upper(): [str(x).lower() for x in val] for k, val in getattr(line, "params", {}).items()}
    types = [t for val in params.get("TYPE", []) for t in val.split(",")]
    return "pref" in types or "work" in types or "PREF" in params


def _text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(x) for x in value if str(x).strip())
    return "" if value is None else str(value)


def _name_of(card: Any) -> str:
    fn = _first(card, "fn")
    if fn is not None and _text(getattr(fn, "value", "")).strip():
        return _text(fn.value)
    n = _first(card, "n")
    if n is not None:
        value = n.value
        parts = [
            _text(getattr(value, key, "")) for key in ("prefix", "given", "additional", "family", "suffix")
        ]
        return " ".join(p for p in parts if p.strip())
    return ""


def _manager_of(card: Any) -> str:
    for key in ("x-manager", "x-ms-manager"):
        line = _first(card, key)
        if line is not None:
            return _text(line.value)
    contents: dict[str, list[Any]] = getattr(card, "contents", {})
    labels = {getattr(ln, "group", None): _text(ln.value) for ln in contents.get("x-ablabel", [])}
    for line in contents.get("x-abrelatednames", []):
        label = labels.get(getattr(line, "group", None), "")
        if "manager" in label.lower():
            return _text(line.value)
    for line in contents.get("related", []):
        params = {k.upper(): [str(x).lower() for x in val] for k, val in getattr(line, "params", {}).items()}
        types = " ".join(params.get("TYPE", []))
        if "manager" in types or "supervisor" in types or "boss" in types:
            value = _text(line.value)
            if ("VALUE" in params and "text" in params["VALUE"]) or not re.match(
                r"^[a-z][a-z0-9+.-]*:", value
            ):
                return value
    return ""


def _phone(value: str) -> str:
    return value[4:] if value.lower().startswith("tel:") else value


def parse_vcards(data: bytes) -> list[Contact | RowProblem]:
    import vobject

    text, _encoding = decode(data)
    out: list[Contact | RowProblem] = []
    try:
        cards = list(vobject.readComponents(text, ignoreUnreadable=True))
    except Exception as exc:  # vobject raises its own ParseError and plain ValueErrors
        raise ValidationError(
            fmt(
                translate("Import", "The file is not a readable vCard file: %1"),
                str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            ),
            field="file",
        ) from None
    for number, card in enumerate(cards, start=1):
        if getattr(card, "name", "").upper() != "VCARD":
            continue
        org = _first(card, "org")
        org_parts = [str(p) for p in (org.value if org is not None else [])]
        if isinstance(getattr(org, "value", None), str):
            org_parts = [org.value]
        email = _first(card, "email")
        tel = _first(card, "tel")
        title = _first(card, "title")
        note = _first(card, "note")
        uid = _first(card, "uid")
        raw = {
            "name": _name_of(card),
            "title": _text(title.value) if title is not None else "",
            "organisation": org_parts[0] if org_parts else "",
            "department": org_parts[1] if len(org_parts) > 1 else "",
            "email": _text(email.value) if email is not None else "",
            "phone": _phone(_text(tel.value)) if tel is not None else "",
            "notes": _text(note.value) if note is not None else "",
            "external_id": _text(uid.value) if uid is not None else "",
            "manager_name": _manager_of(card),
        }
        out.append(_clean(number, raw))
    if not out:
        raise ValidationError(translate("Import", "The file holds no vCard."), field="file")
    return out


# --- CSV -----------------------------------------------------------------------------------------


def contact_mapping(headers: Sequence[str]) -> dict[int, str]:
    mapping = auto_map(headers, CONTACT_FIELDS)
    # Google Contacts: "Relation 1 - Label" = Manager beside "Relation 1 - Value"
    return mapping


def _google_manager(headers: Sequence[str], cells: Sequence[str]) -> str:
    for i, header in enumerate(headers):
        match = re.fullmatch(r"Relation (\d+) - Label", header.strip())
        if match and i < len(cells) and "manager" in cells[i].lower():
            value_header = f"Relation {match.group(1)} - Value"
            for j, other in enumerate(headers):
                if other.strip() == value_header and j < len(cells):
                    return cells[j]
    return ""


def parse_contacts_csv(data: bytes) -> tuple[Table, list[Contact | RowProblem]]:
    table = read_table(data)
    mapping = contact_mapping(table.headers)
    keys = set(mapping.values())
    if not ({"name", "first_name", "last_name"} & keys):
        raise ValidationError(
            translate("Import", "No column holds the contacts' names (such as Name, First Name, Last Name)."),
            field="file",
        )
    out: list[Contact | RowProblem] = []
    for record in table.records:
        raw: dict[str, str] = {}
        for col, key in mapping.items():
            raw[key] = cell_text(record.cells[col]) if col < len(record.cells) else ""
        if not raw.get("name", "").strip():
            raw["name"] = " ".join(
                p.strip() for p in (raw.get("first_name", ""), raw.get("last_name", "")) if p.strip()
            )
        if not raw.get("manager_name"):
            raw["manager_name"] = _google_manager(table.headers, record.cells)
        out.append(_clean(record.row, raw))
    return table, out


def parse_contacts(data: bytes) -> list[Contact | RowProblem]:
    """vCard or CSV, told apart by the content."""
    if is_vcard(data):
        return parse_vcards(data)
    return parse_contacts_csv(data)[1]


def _one_line(raw: str) -> str:
    return " ".join(raw.split())


def _clean(row: int, raw: dict[str, str]) -> Contact | RowProblem:
    name = _one_line(raw.get("name", ""))
    try:
        clean_name = v.name(name, field="name", label=translate("Import", "Name"))
        email = _one_line(raw.get("email", ""))
        if email and not _EMAIL.fullmatch(email):
            raise ValidationError(
                fmt(translate("Import", "The email address \u201c%1\u201d is not valid."), email)
            )
        contact = Contact(
            row=row,
            name=clean_name,
            title=v.optional_name(
                _one_line(raw.get("title", "")),
                field="title",
                label=translate("Import", "Title"),
                max_len=v.TITLE_MAX,
            ),
            organisation=v.optional_name(
                _one_line(raw.get("organisation", "")),
                field="organisation",
                label=translate("Import", "Organisation"),
            ),
            department=_one_line(raw.get("department", "")),
            email=v.optional_name(email, field="email", label=translate("Import", "Email")),
            phone=v.optional_name(
                _one_line(raw.get("phone", "")),
                field="phone",
                label=translate("Import", "Phone"),
                max_len=100,
            ),
            notes=v.text(
                raw.get("notes", "").replace("\r\n", "\n").replace("\r", "\n"),
                field="notes",
                label=translate("Import", "Notes"),
            ),
            external_id=raw.get("external_id", "").strip(),
            manager_id=raw.get("manager_id", "").strip(),
            manager_name=_one_line(raw.get("manager_name", "")),
        )
    except ValidationError as exc:
        return RowProblem(row, exc.message, name)
    return contact
