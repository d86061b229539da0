"""A vCard that holds a nested component named RELATED (BEGIN:RELATED ... END:RELATED, which some
address books write) is read like any other card: the person, with no manager taken from it.
vobject gives such a component no ``params``; the manager lookup must not assume it has them
(third measurement, survivor #4 - first taken for equivalent)."""

from __future__ import annotations

from kam_desktop.domain.interchange.contacts import Contact, parse_vcards

CARD = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dario Verdi\r\nN:Verdi;Dario;;;\r\nORG:Rossi SpA\r\n"
    b"TITLE:Buyer\r\nBEGIN:RELATED\r\nX-FOO:bar\r\nEND:RELATED\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Bianchi\r\nORG:Rossi SpA\r\n"
    b"RELATED;TYPE=manager;VALUE=text:Dario Verdi\r\nEND:VCARD\r\n"
)


def test_a_nested_related_component_is_no_manager_and_no_crash() -> None:
    dario, anna = parse_vcards(CARD)
    assert isinstance(dario, Contact) and isinstance(anna, Contact)
    assert (dario.name, dario.organisation, dario.title, dario.manager_name, dario.manager_id) == (
        "Dario Verdi",
        "Rossi SpA",
        "Buyer",
        "",
        "",
    )
    assert (anna.name, anna.manager_name) == ("Anna Bianchi", "Dario Verdi")
