"""The Italian demo reads as Italian written by a person, for every account (fresh-eyes report,
item 4): amounts in words ("circa 1,4 milioni di €", never "1400 mila €"), offerings with their
article after a verb or a preposition ("Provare insieme l'academy di formazione", "Cosa abbiamo
realizzato: la telematica per flotte copre..."), months without an article ("entro febbraio 2027"),
and the customer edition of a key account says so on paper."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.cli import run as cli_main
from kam_desktop.services.demo import OFFERINGS, _money_words, generate_demo
from kam_desktop.services.demo_it import DEMO_IT
from kam_desktop.store.database import open_database
from tests.report.factory import pdf_text

MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
OFFERINGS_IT = [DEMO_IT[o][:1].lower() + DEMO_IT[o][1:] for o in OFFERINGS]
BARE = re.compile(
    r"\b(Provare insieme|Vendere|Includere|Aggiungere|Estendere|Portare|Fornisce|Sta proponendo|con|ha|su|per|"
    r"di|realizzato:) (" + "|".join(re.escape(o) for o in OFFERINGS_IT) + r")\b"
)


@pytest.fixture(scope="module")
def italian_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-it") / "demo.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=25, seed=7, language="it")
    db.close()
    return path


def _texts(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    found = []
    for (table,) in con.execute("select name from sqlite_master where type='table'"):
        for column in con.execute(f'pragma table_info("{table}")').fetchall():
            found += [v for (v,) in con.execute(f'select "{column[1]}" from "{table}"') if isinstance(v, str)]
    con.close()
    return found


def test_amounts_are_written_in_words() -> None:
    assert [_money_words(v, "it") for v in (150, 800, 1000, 1250, 1400)] == [
        "150 mila €",
        "800 mila €",
        "1 milione di €",
        "1,25 milioni di €",
        "1,4 milioni di €",
    ]
    assert [_money_words(v, "en") for v in (800, 1400)] == ["€800k", "€1.4 million"]


def test_no_demo_sentence_reads_as_a_template(italian_demo: Path) -> None:
    texts = _texts(italian_demo)
    assert [t for t in texts if re.search(r"\b\d{4,} mila\b", t)] == []
    assert [t for t in texts if re.search(rf"\bentro il ({MONTHS})\b", t)] == []
    assert [t for t in texts if BARE.search(t)] == []
    delivered = [t for t in texts if "Cosa abbiamo realizzato: " in t]
    assert delivered
    assert all(re.search(r"Cosa abbiamo realizzato: (la |il |l')", t) for t in delivered)
    assert any("milioni di €" in t for t in texts)


def test_the_customer_edition_reads_well(italian_demo: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(italian_demo)
    accounts = [
        name
        for (name,) in con.execute(
            "SELECT a.name FROM account a JOIN account_plan p ON p.account_id = a.id "
            "WHERE p.joint_version = 2 ORDER BY a.id LIMIT 2"
        )
    ]
    con.close()
    assert len(accounts) == 2
    for account in accounts:
        out = tmp_path / "customer.pdf"
        args = ["export-plan", "--db", str(italian_demo), "--account", account, "--edition", "customer"]
        assert cli_main([*args, "--lang", "it", "--out", str(out)]) == 0
        flat = " ".join(pdf_text(out).split())
        assert re.search(r"Il valore per voi: Circa \d+(,\d+)? (mila €|milion[ei] di €) l'anno", flat), flat
        assert re.search(r"Cosa abbiamo realizzato: (la|il|l')", flat)
        assert not BARE.search(flat)
        assert not re.search(rf"entro il ({MONTHS})", flat)
