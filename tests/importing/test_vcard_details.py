"""vCard details a contact import shows: which e-mail is taken, what counts as a manager's name,
and the refusals of a file that is not a vCard, word for word (English and Italian)."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.contacts import Contact, parse_vcards


def _card(*lines: str) -> bytes:
    return (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\n" + "".join(f"{ln}\n" for ln in lines) + "END:VCARD\n"
    ).encode()


def test_the_preferred_email_wins_over_the_first() -> None:
    (contact,) = parse_vcards(_card("EMAIL;TYPE=home:ann@home.example", "EMAIL;TYPE=pref:ann@work.example"))
    assert contact == Contact(row=1, name="Ann Lee", email="ann@work.example")


def test_without_a_preference_the_first_email_is_taken() -> None:
    (contact,) = parse_vcards(_card("EMAIL;TYPE=home:ann@home.example", "EMAIL;TYPE=other:ann@else.example"))
    assert contact == Contact(row=1, name="Ann Lee", email="ann@home.example")


def test_a_manager_given_as_a_link_is_not_taken_for_a_name() -> None:
    (contact,) = parse_vcards(_card("RELATED;TYPE=manager:mailto:bo@example.com"))
    assert contact == Contact(row=1, name="Ann Lee")


def test_a_manager_given_as_text_is_the_managers_name() -> None:
    (contact,) = parse_vcards(_card("RELATED;TYPE=manager:Bo Boss"))
    assert contact == Contact(row=1, name="Ann Lee", manager_name="Bo Boss")


def test_an_unclosed_card_is_refused_naming_the_line() -> None:
    with pytest.raises(ValidationError) as err:
        parse_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n")
    assert (str(err.value), err.value.field) == (
        "The file is not a readable vCard file: At line 5: Component VCARD was never closed",
        "file",
    )


def test_a_file_without_cards_is_refused_in_the_language_in_use(italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        parse_vcards(b"hello")
    assert (str(err.value), err.value.field) == ("Il file non contiene nessuna vCard.", "file")


def test_a_spreadsheet_without_an_email_column_imports_its_names() -> None:
    from kam_desktop.domain.interchange.contacts import parse_contacts

    assert parse_contacts(b"Name,Job Title\nAnn Lee,CFO\n") == [Contact(row=2, name="Ann Lee", title="CFO")]
