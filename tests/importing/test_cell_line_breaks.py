"""Line breaks inside a quoted CSV cell arrive as line feeds, whichever convention wrote them:
Windows (CR LF), Unix (LF) or the classic Mac one (a lone CR, as old Mac Excel and some CRM
exports still write); the rows themselves may end with CR LF."""

from __future__ import annotations

import sqlite3

import pytest

from kam_desktop.domain.interchange.tabular import read_table
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.accounts import AccountImportOptions, import_accounts
from kam_desktop.services.importers.contacts import import_contacts
from kam_desktop.store.database import Database


def test_the_reader_keeps_a_cells_line_breaks_as_written() -> None:
    table = read_table(b'Name,Notes\r\nAcme,"one\r\ntwo\rthree\nfour"\r\nBeta,x\r\n')
    assert table.headers == ("Name", "Notes")
    assert [r.cells for r in table.records] == [("Acme", "one\r\ntwo\rthree\nfour"), ("Beta", "x")]
    assert [r.row for r in table.records] == [2, 3]


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_an_account_description_keeps_its_lines(db: Database, brk: str) -> None:
    data = f'Account Name,Description\r\nAcme Rail AG,"Rolling stock.{brk}Key contact in procurement."\r\n'
    result = import_accounts(db, data.encode(), AccountImportOptions())
    assert result.added == 1
    with sqlite3.connect(db.path) as conn:
        (description,) = conn.execute("SELECT description FROM account").fetchone()
    assert description == "Rolling stock.\nKey contact in procurement."


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_a_contacts_notes_keep_their_lines(db: Database, brk: str) -> None:
    create_account(db, AccountInput(name="Acme Rail AG"))
    data = f'First Name,Last Name,Company,Notes\r\nAnna,Weber,Acme Rail AG,"Met at the fair.{brk}Prefers e-mail."\r\n'
    result = import_contacts(db, data.encode())
    assert result.added == 1
    with sqlite3.connect(db.path) as conn:
        (notes,) = conn.execute("SELECT notes FROM stakeholder").fetchone()
    assert notes == "Met at the fair.\nPrefers e-mail."
