"""Breadth (issue 12): who a vCard says a contact reports to (RELATED with a manager type only)."""

from __future__ import annotations

import pytest

from kam_desktop.domain.interchange.contacts import Contact, parse_vcards


def _card(related: str) -> bytes:
    return (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Rossi\r\nEMAIL:anna@example.com\r\n"
        + related
        + "END:VCARD\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("related", "manager"),
    [
        ("RELATED;TYPE=friend;VALUE=text:Bob Bianchi\r\n", ""),
        ("RELATED:Hugo Grigi\r\n", ""),
        ("RELATED;TYPE=manager;VALUE=text:Carla Verdi\r\n", "Carla Verdi"),
        ("RELATED;TYPE=supervisor:Dario Neri\r\n", "Dario Neri"),
        ("RELATED;TYPE=boss;VALUE=text:Elena Blu\r\n", "Elena Blu"),
        ("RELATED;TYPE=manager:urn:uuid:1234\r\n", ""),  # a link to a card, not a name
        ("RELATED;TYPE=co-worker;VALUE=text:Franco\r\nRELATED;TYPE=boss;VALUE=text:Gina\r\n", "Gina"),
        ("X-MANAGER:Ivo Rosa\r\n", "Ivo Rosa"),
    ],
)
def test_the_manager_comes_only_from_a_manager_relation(related: str, manager: str) -> None:
    (contact,) = parse_vcards(_card(related))
    assert isinstance(contact, Contact)
    assert contact.name == "Anna Rossi"
    assert contact.manager_name == manager


def test_an_apple_related_name_counts_only_under_a_manager_label() -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\n"
        b"item2.X-ABRELATEDNAMES:Piero\r\nitem2.X-ABLabel:_$!<Friend>!$_\r\n"
        b"item1.X-ABRELATEDNAMES:Carla Verdi\r\nitem1.X-ABLabel:_$!<Manager>!$_\r\n"
        b"END:VCARD\r\n"
    )
    (contact,) = parse_vcards(card)
    assert isinstance(contact, Contact)
    assert contact.manager_name == "Carla Verdi"


def test_an_outlook_manager_wins_over_a_friend() -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\n"
        b"item2.X-ABRELATEDNAMES:Piero\r\nitem2.X-ABLabel:_$!<Friend>!$_\r\nX-MS-MANAGER:Zeno\r\n"
        b"END:VCARD\r\n"
    )
    (contact,) = parse_vcards(card)
    assert isinstance(contact, Contact)
    assert contact.manager_name == "Zeno"
