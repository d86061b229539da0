"""Breadth (issue 12, module-wide): what a user gets from ``domain/interchange/contacts.py`` -
every header a CRM writes mapped to its field, every vCard property read into the right field
(preferred lines, names built from N, the manager from each place it can be), the CSV's names,
managers and refusals, and each cleaning rule with its exact message (English and Italian)."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_rows import RowProblem
from kam_desktop.domain.interchange.contacts import (
    CONTACT_FIELDS,
    Contact,
    contact_mapping,
    is_vcard,
    parse_contacts,
    parse_contacts_csv,
    parse_vcards,
)
from kam_desktop.i18n import translate

# --- the header table ----------------------------------------------------------------------------

_FIELDS = {
    "external_id": ("Id", ("Contact ID", "ID", "Record ID", "Person - ID", "(Do Not Modify) Contact")),
    "name": ("Name", ("Full Name", "NAME", "Name", "Person - Name", "Contact Name", "Nome completo")),
    "first_name": ("First name", ("First Name", "FIRSTNAME", "Given Name", "Nome")),
    "last_name": ("Last name", ("Last Name", "LASTNAME", "Family Name", "Cognome")),
    "title": (
        "Title",
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
    "organisation": (
        "Organisation",
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
    "department": (
        "Department",
        ("Department", "Organization Department", "Organization 1 - Department", "Reparto", "Ufficio"),
    ),
    "email": (
        "Email",
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
    "phone": (
        "Phone",
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
    "notes": ("Notes", ("Notes", "Description", "DESCRIPTION", "Note")),
    "manager_id": ("Manager id", ("Reports To ID", "REPORTSTOID", "ReportsToId")),
    "manager_name": (
        "Manager",
        ("Reports To", "Reports To: Full Name", "Manager's Name", "Manager", "Responsabile", "Riporta a"),
    ),
}


def test_the_fields_their_labels_and_headers_are_exactly_these() -> None:
    assert [(f.key, f.label, f.headers, f.money) for f in CONTACT_FIELDS] == [
        (key, label, headers, False) for key, (label, headers) in _FIELDS.items()
    ]


def test_the_labels_read_in_italian(italian: None) -> None:
    assert [translate("Import", f.label) for f in CONTACT_FIELDS] == [
        "Id",
        "Nome",
        "Nome",
        "Cognome",
        "Ruolo",
        "Organizzazione",
        "Reparto",
        "E-mail",
        "Telefono",
        "Note",
        "Id del responsabile",
        "Responsabile",
    ]


# A header alone maps to the first field whose list holds it (compared normalised): "Name"
# is the name's before the Italian "Nome" (the first name's) can be, and so on.
_ALONE = [(h, key) for key, (_label, headers) in _FIELDS.items() for h in headers]


@pytest.mark.parametrize(("header", "key"), _ALONE, ids=[str(i) for i in range(len(_ALONE))])
def test_each_known_header_alone_is_recognised_as_its_field(header: str, key: str) -> None:
    expected = {
        "Nome": "first_name",  # the first name's (the name's list has "Nome completo" only)
    }.get(header, key)
    assert contact_mapping(["Unrelated column", header]) == {1: expected}


def test_a_salesforce_contacts_report_maps_every_column() -> None:
    headers = [
        "Contact ID",
        "First Name",
        "Last Name",
        "Title",
        "Account Name",
        "Department",
        "Email",
        "Phone",
        "Description",
        "Reports To ID",
        "Reports To",
    ]
    assert contact_mapping(headers) == {
        0: "external_id",
        1: "first_name",
        2: "last_name",
        3: "title",
        4: "organisation",
        5: "department",
        6: "email",
        7: "phone",
        8: "notes",
        9: "manager_id",
        10: "manager_name",
    }


def test_outlooks_job_title_wins_over_its_courtesy_title() -> None:
    assert contact_mapping(["Title", "First Name", "Job Title"]) == {2: "title", 1: "first_name"}


# --- is_vcard ------------------------------------------------------------------------------------

_CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEND:VCARD\r\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_CARD, True),
        (b"\xef\xbb\xbf" + _CARD, True),  # UTF-8 byte-order mark
        (b"\xef\xbb\xbf \r\n\t" + _CARD, True),  # the mark, then blank lines
        (b"\r\n\r\n  " + _CARD, True),
        (_CARD.lower(), True),
        (b"\xff\xfe" + _CARD.decode().encode("utf-16-le"), True),
        (b"\xfe\xff" + _CARD.decode().encode("utf-16-be"), True),
        (b"\xff\xfe" + _CARD.decode().encode("utf-16-le") + b"\x00", True),  # an odd byte at the end
        (b"\xff\xfe" + "Name,Email\r\n".encode("utf-16-le"), False),
        (b"BEGIN:VCALENDAR\r\n", False),
        (b"BEGIN:VCAR", False),
        (b"Name,Email\r\nAnna,anna@example.com\r\n", False),
        (b"x BEGIN:VCARD\r\n", False),
        (b"", False),
    ],
    ids=[str(i) for i in range(14)],
)
def test_a_vcard_is_told_from_a_csv_by_its_first_line(data: bytes, expected: bool) -> None:
    assert is_vcard(data) is expected


def test_a_utf16_vcard_is_read_and_its_contact_returned() -> None:
    data = b"\xff\xfe" + _CARD.decode().encode("utf-16-le")
    assert parse_contacts(data) == [Contact(row=1, name="Anna Rossi")]


# --- vCard ---------------------------------------------------------------------------------------


def _vcf(*cards: str, version: str = "3.0") -> bytes:
    return "".join(f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n" for body in cards).encode()


def test_a_full_vcard_fills_every_field() -> None:
    card = (
        "FN:Anna Rossi\r\n"
        "N:Rossi;Anna;;;\r\n"
        "TITLE:Head of Purchasing\r\n"
        "ORG:Acme S.p.A.;Procurement;EMEA\r\n"
        "EMAIL;TYPE=INTERNET:anna@acme.example\r\n"
        "TEL;TYPE=CELL:+39 333 1234567\r\n"
        "NOTE:Met at the fair.\\nLikes numbers.\r\n"
        "UID:  urn:uuid:42  \r\n"
        "X-MANAGER:  Carla   Verdi \r\n"
    )
    assert parse_vcards(_vcf(card)) == [
        Contact(
            row=1,
            name="Anna Rossi",
            title="Head of Purchasing",
            organisation="Acme S.p.A.",
            department="Procurement",
            email="anna@acme.example",
            phone="+39 333 1234567",
            notes="Met at the fair.\nLikes numbers.",
            external_id="urn:uuid:42",
            manager_id="",
            manager_name="Carla Verdi",
        )
    ]


def test_cards_are_numbered_in_file_order_and_other_components_are_skipped_but_counted() -> None:
    data = (
        _vcf("FN:Anna\r\n")
        + b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
        + _vcf("FN:Bruno\r\n", "FN:Carla\r\n", version="4.0")
    )
    assert parse_vcards(data) == [
        Contact(row=1, name="Anna"),
        Contact(row=3, name="Bruno"),
        Contact(row=4, name="Carla"),
    ]


def test_a_file_without_a_card_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_vcards(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    assert (caught.value.message, caught.value.field) == ("The file holds no vCard.", "file")


def test_a_file_without_a_card_is_refused_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_vcards(b"hello\r\n")
    assert caught.value.message == translate("Import", "The file holds no vCard.")
    assert caught.value.message != "The file holds no vCard."


def test_an_unreadable_vcard_is_refused_with_the_parsers_first_line() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_vcards(b"BEGIN:VCARD\r\nFN:Anna\r\n")
    assert (caught.value.message, caught.value.field) == (
        "The file is not a readable vCard file: At line 3: Component VCARD was never closed",
        "file",
    )


def test_an_unreadable_vcard_is_refused_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_vcards(b"BEGIN:VCARD\r\nFN:Anna\r\n")
    assert caught.value.message == (
        translate("Import", "The file is not a readable vCard file: %1").replace(
            "%1", "At line 3: Component VCARD was never closed"
        )
    )
    assert caught.value.message.startswith("Il file")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("N:Rossi;Anna;Maria;Dr.;PhD\r\n", "Dr. Anna Maria Rossi PhD"),
        ("N:Rossi;Anna,,Maria;;;\r\n", "Anna Maria Rossi"),  # a list part: blanks dropped
        ("FN:  \r\nN:Rossi;Anna;;;\r\n", "Anna Rossi"),  # a blank FN: N is used
        ("FN:Anna R.\r\nN:Rossi;Anna;;;\r\n", "Anna R."),  # FN wins
        ("N:;;;;\r\nFN:Zeta\r\n", "Zeta"),
    ],
    ids=[str(i) for i in range(5)],
)
def test_the_name_is_fn_else_built_from_n_in_reading_order(body: str, name: str) -> None:
    (contact,) = parse_vcards(_vcf(body + "EMAIL:a@b.it\r\n"))
    assert contact == Contact(row=1, name=name, email="a@b.it")


def test_a_card_without_a_name_is_a_row_problem() -> None:
    assert parse_vcards(_vcf("EMAIL:a@b.it\r\n", "FN:Bruno\r\n")) == [
        RowProblem(1, "Name cannot be empty.", ""),
        Contact(row=2, name="Bruno"),
    ]


@pytest.mark.parametrize(
    ("lines", "email"),
    [
        ("EMAIL:first@x.it\r\nEMAIL:second@x.it\r\n", "first@x.it"),
        ("EMAIL;TYPE=home:home@x.it\r\nEMAIL;TYPE=work:work@x.it\r\n", "work@x.it"),
        ("EMAIL;TYPE=home:home@x.it\r\nEMAIL;TYPE=pref:pref@x.it\r\n", "pref@x.it"),
        ("EMAIL;TYPE=home:home@x.it\r\nEMAIL;TYPE=WORK:work@x.it\r\n", "work@x.it"),
        ('EMAIL;TYPE=home:home@x.it\r\nEMAIL;TYPE="home,work":both@x.it\r\n', "both@x.it"),
        ("EMAIL;TYPE=home:home@x.it\r\nEMAIL;PREF=1:p1@x.it\r\n", "p1@x.it"),
        (
            "EMAIL;TYPE=home:h@x.it\r\nEMAIL;TYPE=work:w1@x.it\r\nEMAIL;TYPE=work:w2@x.it\r\n",
            "w1@x.it",
        ),
    ],
    ids=[str(i) for i in range(7)],
)
def test_the_preferred_or_work_line_wins_else_the_first(lines: str, email: str) -> None:
    (contact,) = parse_vcards(_vcf("FN:Anna\r\n" + lines))
    assert contact == Contact(row=1, name="Anna", email=email)


@pytest.mark.parametrize(
    ("tel", "phone"),
    [
        ("TEL:tel:+39-02-1234\r\n", "+39-02-1234"),
        ("TEL:TEL:+39-02-1234\r\n", "+39-02-1234"),
        ("TEL:+39 02 1234\r\n", "+39 02 1234"),
        ("TEL:te\r\n", "te"),
    ],
    ids=[str(i) for i in range(4)],
)
def test_a_tel_uri_loses_its_scheme(tel: str, phone: str) -> None:
    (contact,) = parse_vcards(_vcf("FN:Anna\r\n" + tel, version="4.0"))
    assert contact == Contact(row=1, name="Anna", phone=phone)


def test_an_org_of_one_part_has_no_department() -> None:
    (contact,) = parse_vcards(_vcf("FN:Anna\r\nORG:Acme\r\n"))
    assert contact == Contact(row=1, name="Anna", organisation="Acme", department="")


@pytest.mark.parametrize(
    ("lines", "manager"),
    [
        ("X-MANAGER:Ivo\r\nX-MS-MANAGER:Zeno\r\n", "Ivo"),
        ("X-MS-MANAGER:Zeno\r\nX-MANAGER:Ivo\r\n", "Ivo"),
        ("X-MS-MANAGER:Zeno\r\nRELATED;TYPE=manager;VALUE=text:Carla\r\n", "Zeno"),
        ("X-ABRELATEDNAMES:Piero\r\nX-ABLabel:_$!<Manager>!$_\r\n", "Piero"),
        ("item1.X-ABRELATEDNAMES:Piero\r\nitem2.X-ABLabel:_$!<Manager>!$_\r\n", ""),
        ("item1.X-ABRELATEDNAMES:Piero\r\nitem1.X-ABLabel:MANAGER\r\n", "Piero"),
        ("item1.X-ABRELATEDNAMES:Piero\r\nitem1.X-ABLabel:_$!<Manager>!$_\r\nX-MANAGER:Ivo\r\n", "Ivo"),
        (
            "item1.X-ABRELATEDNAMES:Piero\r\nitem1.X-ABLabel:_$!<Manager>!$_\r\n"
            "RELATED;TYPE=boss;VALUE=text:Gina\r\n",
            "Piero",
        ),
        ("RELATED;TYPE=manager;VALUE=text:urn:uuid:77\r\n", "urn:uuid:77"),  # text, said so
        ("RELATED;TYPE=Supervisor:Dario\r\n", "Dario"),
        ("RELATED;TYPE=manager:Sig. Neri: capo\r\n", "Sig. Neri: capo"),
        ("RELATED;TYPE=manager:mailto:neri@x.it\r\n", ""),
        ("RELATED;TYPE=manager;VALUE=uri:http://x.it/neri\r\n", ""),
        ("RELATED;TYPE=friend;VALUE=text:Bob\r\n", ""),
    ],
    ids=[str(i) for i in range(14)],
)
def test_the_manager_comes_from_the_first_place_that_names_one(lines: str, manager: str) -> None:
    (contact,) = parse_vcards(_vcf("FN:Anna\r\n" + lines, version="4.0"))
    assert isinstance(contact, Contact)
    assert contact.manager_name == manager


# --- CSV -----------------------------------------------------------------------------------------


def test_a_crm_csv_becomes_contacts_row_by_row() -> None:
    data = (
        b"Contact ID,First Name,Last Name,Title,Account Name,Department,Email,Phone,Description,"
        b"Reports To ID,Reports To\r\n"
        b"003A, Anna ,Rossi,  Head  of Purchasing ,Acme,Procurement,anna@acme.example,"
        b'+39 02 1," line 1\r\nline 2\rline 3 ", 003B ,  Carla  Verdi \r\n'
        b"003B,,Verdi,CEO,Acme,,,,,,\r\n"
        b"003C,Bruno,,,,,,,,,\r\n"
    )
    table, rows = parse_contacts_csv(data)
    assert table.headers[0] == "Contact ID"
    assert rows == [
        Contact(
            row=2,
            name="Anna Rossi",
            title="Head of Purchasing",
            organisation="Acme",
            department="Procurement",
            email="anna@acme.example",
            phone="+39 02 1",
            notes=" line 1\nline 2\nline 3 ",
            external_id="003A",
            manager_id="003B",
            manager_name="Carla Verdi",
        ),
        Contact(row=3, name="Verdi", title="CEO", organisation="Acme", external_id="003B"),
        Contact(row=4, name="Bruno", external_id="003C"),
    ]
    assert parse_contacts(data) == rows


def test_a_name_column_wins_over_first_and_last_name_unless_blank() -> None:
    data = b"Name,First Name,Last Name\r\nAnna R.,Anna,Rossi\r\n ,Bruno,Bianchi\r\n"
    assert parse_contacts(data) == [Contact(row=2, name="Anna R."), Contact(row=3, name="Bruno Bianchi")]


def test_a_short_row_leaves_the_missing_cells_blank() -> None:
    data = b"Name,Email,Phone\r\nAnna,anna@x.it,+39 1\r\nBruno\r\n"
    _table, rows = parse_contacts_csv(data)
    assert rows == [
        Contact(row=2, name="Anna", email="anna@x.it", phone="+39 1"),
        Contact(row=3, name="Bruno"),
    ]


def test_our_own_exports_quote_before_a_formula_is_taken_off() -> None:
    data = b"Name,Phone\r\nAnna,'+39 02 1\r\n"
    assert parse_contacts(data) == [Contact(row=2, name="Anna", phone="+39 02 1")]


@pytest.mark.parametrize("headers", ["Email,Phone", "Company,Title", "Reports To,Notes"], ids=["0", "1", "2"])
def test_a_csv_without_a_name_column_is_refused(headers: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_contacts((headers + "\r\na,b\r\n").encode())
    assert (caught.value.message, caught.value.field) == (
        "No column holds the contacts' names (such as Name, First Name, Last Name).",
        "file",
    )


@pytest.mark.parametrize("header", ["First Name", "Last Name", "Full Name"])
def test_any_one_name_column_is_enough(header: str) -> None:
    assert parse_contacts(f"{header},Email\r\nRossi,r@x.it\r\n".encode()) == [
        Contact(row=2, name="Rossi", email="r@x.it")
    ]


def test_a_csv_without_a_name_column_is_refused_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_contacts(b"Email\r\na@b.it\r\n")
    assert caught.value.message == translate(
        "Import", "No column holds the contacts' names (such as Name, First Name, Last Name)."
    )
    assert caught.value.message.startswith("Nessuna colonna")


def test_google_contacts_manager_is_the_relation_labelled_manager() -> None:
    data = (
        b"Name,Relation 1 - Label,Relation 1 - Value,Relation 2 - Label, Relation 2 - Value \r\n"
        b"Anna,Friend,Piero,Manager,Carla Verdi\r\n"
        b"Bruno,Spouse,Maria,,\r\n"
        b"Dario,My MANAGER,Eva,Friend,Ugo\r\n"
        b"Elena,Friend,Piero\r\n"
    )
    assert [c.manager_name for c in parse_contacts(data) if isinstance(c, Contact)] == [
        "Carla Verdi",
        "",
        "Eva",
        "",
    ]


def test_google_manager_label_beside_a_short_row() -> None:
    data = b"Name,Relation 1 - Value,Relation 1 - Label\r\nAnna,Carla\r\nBruno,Carla,manager\r\n"
    assert [c.manager_name for c in parse_contacts(data) if isinstance(c, Contact)] == ["", "Carla"]


def test_google_manager_value_missing_from_a_short_row() -> None:
    data = b"Name,Relation 1 - Label,Relation 1 - Value\r\nAnna,Manager\r\n"
    assert [c.manager_name for c in parse_contacts(data) if isinstance(c, Contact)] == [""]


def test_a_manager_column_wins_over_a_google_relation() -> None:
    data = b"Name,Manager,Relation 1 - Label,Relation 1 - Value\r\nAnna,Zeno,Manager,Carla\r\n,,,\r\n"
    assert [c.manager_name for c in parse_contacts(data) if isinstance(c, Contact)] == ["Zeno"]


# --- cleaning ------------------------------------------------------------------------------------


def _one(**cells: str) -> Contact | RowProblem:
    headers = list(cells)
    line = ",".join('"' + c.replace('"', '""') + '"' for c in cells.values())
    (row,) = parse_contacts((",".join(headers) + "\r\n" + line + "\r\n").encode())
    return row


@pytest.mark.parametrize(
    "email",
    ["a@b.it", "first.last+tag@sub.example.co.uk", "  a@b.it  "],
    ids=["0", "1", "2"],
)
def test_good_email_addresses_are_kept(email: str) -> None:
    assert _one(Name="Anna", Email=email) == Contact(row=2, name="Anna", email=email.strip())


@pytest.mark.parametrize(
    "email",
    ["anna", "anna@", "@b.it", "a@b", "a b@c.it", "a@b@c.it", "a@b.it x", "a@.it"],
    ids=[str(i) for i in range(8)],
)
def test_a_bad_email_address_is_a_row_problem_naming_it(email: str) -> None:
    expected = " ".join(email.split())
    assert _one(Name="  Anna   Rossi ", Email=email) == RowProblem(
        2, f"The email address \u201c{expected}\u201d is not valid.", "Anna Rossi"
    )


def test_a_bad_email_address_in_italian(italian: None) -> None:
    problem = _one(Name="Anna", Email="anna")
    assert isinstance(problem, RowProblem)
    assert problem.message == translate("Import", "The email address \u201c%1\u201d is not valid.").replace(
        "%1", "anna"
    )
    assert "anna" in problem.message and problem.message.startswith("L")


def test_the_name_is_one_line_and_a_blank_name_a_row_problem() -> None:
    assert _one(Name="  Anna \t  Rossi  ", Email="") == Contact(row=2, name="Anna Rossi")
    assert _one(Name="   ", Email="a@b.it") == RowProblem(2, "Name cannot be empty.", "")


def test_a_blank_name_in_italian(italian: None) -> None:
    assert _one(Name="", Email="a@b.it") == RowProblem(2, "Il campo «Nome» non può essere vuoto.", "")


@pytest.mark.parametrize(
    ("field", "header", "limit", "label"),
    [
        ("name", "Name", 200, "Name"),
        ("title", "Job Title", 500, "Title"),
        ("organisation", "Company", 200, "Organisation"),
        ("email", "Email", 200, "Email"),
        ("phone", "Phone", 100, "Phone"),
    ],
)
def test_each_field_takes_up_to_its_limit(field: str, header: str, limit: int, label: str) -> None:
    def value(n: int) -> str:
        return "a" * (n - 5) + "@b.it" if field == "email" else "x" * n

    cells = {"Name": "Anna"} if field != "name" else {}
    cells[header] = value(limit)
    row = _one(**cells)
    assert isinstance(row, Contact)
    assert getattr(row, field) == value(limit)
    cells[header] = value(limit + 1)
    assert _one(**cells) == RowProblem(
        2,
        f"{label} is too long ({limit + 1:,} characters; at most {limit:,}).",
        "Anna" if field != "name" else value(limit + 1),
    )


def test_the_department_manager_and_ids_are_trimmed_but_not_checked() -> None:
    assert _one(
        Name="Anna",
        Department="  Sales   EMEA ",
        **{"Reports To ID": "  003B  ", "Contact ID": " 003A ", "Reports To": " Carla \r\n Verdi "},
    ) == Contact(
        row=2,
        name="Anna",
        department="Sales EMEA",
        manager_id="003B",
        external_id="003A",
        manager_name="Carla Verdi",
    )


def test_notes_keep_their_lines_with_unix_line_breaks() -> None:
    assert _one(Name="Anna", Notes="a\r\nb\rc\n\nd") == Contact(row=2, name="Anna", notes="a\nb\nc\n\nd")


def test_notes_with_a_control_character_are_a_row_problem() -> None:
    assert _one(Name="Anna", Notes="bad\x07bell") == RowProblem(
        2, "Notes cannot contain an invisible control character (U+0007).", "Anna"
    )


@pytest.mark.parametrize(
    ("header", "label"),
    [("Job Title", "Title"), ("Company", "Organisation"), ("Phone", "Phone")],
)
def test_a_control_character_in_a_one_line_field_names_the_field(header: str, label: str) -> None:
    assert _one(Name="Anna", **{header: "x\x07y"}) == RowProblem(
        2, f"{label} cannot contain an invisible control character (U+0007).", "Anna"
    )


def test_field_names_in_messages_are_italian(italian: None) -> None:
    assert _one(Name="Anna", Phone="x" * 101) == RowProblem(
        2, "Il campo «Telefono» è troppo lungo (101 caratteri; al massimo 100).", "Anna"
    )


def test_a_parser_error_without_words_is_named_by_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    import vobject

    def broken(*_args: object, **_kwargs: object) -> object:
        raise ValueError()

    monkeypatch.setattr(vobject, "readComponents", broken)
    with pytest.raises(ValidationError) as caught:
        parse_vcards(_CARD)
    assert (caught.value.message, caught.value.field) == (
        "The file is not a readable vCard file: ValueError",
        "file",
    )


def test_a_parser_error_shows_only_its_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import vobject

    def broken(*_args: object, **_kwargs: object) -> object:
        raise ValueError("line one\nline two")

    monkeypatch.setattr(vobject, "readComponents", broken)
    with pytest.raises(ValidationError) as caught:
        parse_vcards(_CARD)
    assert caught.value.message == "The file is not a readable vCard file: line one"


def test_text_of_a_value() -> None:
    from kam_desktop.domain.interchange.contacts import _text

    assert _text(None) == ""
    assert _text(["Anna", " ", "", "Maria"]) == "Anna Maria"
    assert _text(("a", "b")) == "a b"
    assert _text(12) == "12"


@pytest.mark.parametrize(
    ("header", "value", "message"),
    [
        ("Job Title", "x" * 501, "Il campo «Ruolo» è troppo lungo (501 caratteri; al massimo 500)."),
        ("Company", "x" * 201, "Il campo «Organizzazione» è troppo lungo (201 caratteri; al massimo 200)."),
        ("Email", "a" * 196 + "@b.it", "Il campo «E-mail» è troppo lungo (201 caratteri; al massimo 200)."),
        # "Note" (the Italian label) is read again as the English word in the Field context
        ("Notes", "\x07", "Il campo «Nota» non può contenere un carattere di controllo invisibile (U+0007)."),
        ("Email", "bad", "L'indirizzo e-mail \u201cbad\u201d non è valido."),
    ],
    ids=[str(i) for i in range(5)],
)
def test_each_row_problem_in_italian(header: str, value: str, message: str, italian: None) -> None:
    assert _one(Name="Anna", **{header: value}) == RowProblem(2, message, "Anna")


def test_an_apple_related_name_without_any_label_is_not_a_manager() -> None:
    (contact,) = parse_vcards(_vcf("FN:Anna\r\nitem1.X-ABRELATEDNAMES:Piero\r\n"))
    assert contact == Contact(row=1, name="Anna")


def test_google_headers_with_spaces_around_them() -> None:
    data = b"Name, Relation 1 - Label ,Relation 1 - Value\r\nAnna,Manager,Carla\r\n"
    (contact,) = parse_contacts(data)
    assert contact == Contact(row=2, name="Anna", manager_name="Carla")
    data = b"Name,Relation 1 - Label  ,  Relation 1 - Value\r\nAnna,Manager,Carla\r\n"
    (contact,) = parse_contacts(data)
    assert contact == Contact(row=2, name="Anna", manager_name="Carla")
