"""Breadth (issue 12, module-wide): ``services/accounts.py`` through a real database - whole views
after create / update / status changes / trash, each field's refusal naming its label (English and
Italian), the cap boundary, the orders of assessments, history, buying centres and the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts as acc
from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, AccountView
from kam_desktop.services.program import ProgramInput, update_program
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, AccountStatusChange

TODAY = dt.date(2026, 6, 15)
K, C, S = AccountStatus.KEY, AccountStatus.CANDIDATE, AccountStatus.STANDARD


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


FULL = AccountInput(
    name="  Acme Corp  ",
    industry=" Chemicals ",
    region="North",
    currency="usd",
    current_revenue="1250000.5",
    potential_revenue=Decimal("3000000"),
    description="Makes things.",
    internal_notes="Ask Ann.",
)


def test_a_new_account_is_a_candidate_with_every_field_cleaned(db: Database) -> None:
    view = acc.create_account(db, FULL)
    assert view == AccountView(
        id=view.id,
        name="Acme Corp",
        industry="Chemicals",
        region="North",
        currency="USD",
        current_revenue=Decimal("1250000.50"),
        potential_revenue=Decimal("3000000.00"),
        status=AccountStatus.CANDIDATE,
        description="Makes things.",
        internal_notes="Ask Ann.",
        deleted=False,
    )
    assert acc.get_account(db, view.id).account == view


def test_a_new_account_with_only_a_name_has_the_defaults(db: Database) -> None:
    view = acc.create_account(db, AccountInput(name="Solo"))
    assert view == AccountView(
        view.id, "Solo", "", "", "EUR", Decimal("0.00"), Decimal("0.00"), C, "", "", False
    )
    assert str(view.current_revenue) == "0.00" and str(view.potential_revenue) == "0.00"


@pytest.mark.parametrize(
    ("changes", "field", "en", "it"),
    [
        (
            {"name": " "},
            "name",
            "Account name cannot be empty.",
            "Il campo «Nome dell'account» non può essere vuoto.",
        ),
        (
            {"industry": "x" * 201},
            "industry",
            "Industry is too long (201 characters; at most 200).",
            "Il campo «Settore» è troppo lungo (201 caratteri; al massimo 200).",
        ),
        (
            {"region": "a\nb"},
            "region",
            "Region cannot contain a line break.",
            "Il campo «Regione» non può contenere un a capo.",
        ),
        (
            {"current_revenue": "-1"},
            "current_revenue",
            "Current revenue cannot be negative.",
            "Il campo «Fatturato attuale» non può essere negativo.",
        ),
        (
            {"potential_revenue": "abc"},
            "potential_revenue",
            "Potential revenue: “abc” is not a number in this format (decimal separator “.”). "
            "Type it like 1,250,000.50.",
            "Fatturato potenziale: “abc” non è un numero in questo formato (separatore decimale “.”). "
            "Scrivilo come 1,250,000.50.",
        ),
        (
            {"description": "d\x00"},
            "description",
            "Description cannot contain an invisible control character (U+0000).",
            "Il campo «Descrizione» non può contenere un carattere di controllo invisibile (U+0000).",
        ),
        (
            {"internal_notes": "n\x07"},
            "internal_notes",
            "Internal notes cannot contain an invisible control character (U+0007).",
            "Il campo «Note interne» non può contenere un carattere di controllo invisibile (U+0007).",
        ),
        (
            {"currency": "EURO"},
            "currency",
            "Currency must be a 3-letter code such as EUR or USD.",
            "Valuta deve essere un codice di 3 lettere come EUR o USD.",
        ),
    ],
)
def test_each_account_field_is_refused_by_its_own_label(
    db: Database, changes: dict[str, object], field: str, en: str, it: str
) -> None:
    cmd = AccountInput(**{"name": "Acme", **changes})  # type: ignore[arg-type]
    with using_language("en"), pytest.raises(ValidationError) as err:
        acc.create_account(db, cmd)
    assert (err.value.message, err.value.field) == (en, field)
    with using_language("it"), pytest.raises(ValidationError) as err_it:
        acc.create_account(db, cmd)
    assert err_it.value.message == it
    assert acc.list_accounts(db) == ()


def _names(db: Database) -> list[str]:
    return [item.name for item in acc.list_accounts(db)]


def test_a_taken_name_is_refused_on_create_and_on_update_but_not_for_itself(db: Database) -> None:
    acme = acc.create_account(db, AccountInput(name="Acme"))
    beta = acc.create_account(db, AccountInput(name="Beta"))
    for lang, message in (
        ("en", "An account named “Acme” already exists."),
        ("it", "Esiste già un account di nome “Acme”."),
    ):
        with using_language(lang), pytest.raises(ConflictError) as err:
            acc.create_account(db, AccountInput(name=" Acme "))
        assert (err.value.message, err.value.field) == (message, "name")
        with using_language(lang), pytest.raises(ConflictError) as err:
            acc.update_account(db, beta.id, AccountInput(name="Acme"))
        assert (err.value.message, err.value.field) == (message, "name")
    # renaming to its own name, changing every other field
    updated = acc.update_account(db, acme.id, FULL.__class__(**{**FULL.__dict__, "name": "Acme"}))
    assert updated == AccountView(
        acme.id,
        "Acme",
        "Chemicals",
        "North",
        "USD",
        Decimal("1250000.50"),
        Decimal("3000000.00"),
        C,
        "Makes things.",
        "Ask Ann.",
        False,
    )
    assert acc.get_account(db, acme.id).account == updated
    assert _names(db) == ["Acme", "Beta"]


def test_a_name_in_the_trash_is_still_taken(db: Database) -> None:
    gone = acc.create_account(db, AccountInput(name="Gone"))
    acc.delete_account(db, gone.id)
    with pytest.raises(ConflictError):
        acc.create_account(db, AccountInput(name="Gone"))


def test_an_account_in_the_trash_cannot_be_updated_read_or_changed(db: Database) -> None:
    gone = acc.create_account(db, AccountInput(name="Gone"))
    trashed = acc.delete_account(db, gone.id)
    assert trashed.deleted is True and trashed.name == "Gone"
    message = "That account no longer exists (it may be in the trash)."
    for call in (
        lambda: acc.update_account(db, gone.id, AccountInput(name="Back")),
        lambda: acc.get_account(db, gone.id),
        lambda: acc.change_status(db, gone.id, K),
        lambda: acc.add_assessment(db, gone.id, {Factor.FIT: 3}),
        lambda: acc.delete_account(db, gone.id),
        lambda: acc.save_buying_centre(db, gone.id, "Ops"),
    ):
        with using_language("en"), pytest.raises(NotFoundError) as err:
            call()
        assert err.value.message == message
    with using_language("it"), pytest.raises(NotFoundError) as err:
        acc.get_account(db, gone.id)
    assert err.value.message == "Questo account non esiste più (forse è nel cestino)."
    assert _names(db) == []
    restored = acc.restore_account(db, gone.id)
    assert restored.deleted is False
    assert _names(db) == ["Gone"]


def test_purge_needs_the_trash_first_and_forgets_the_account(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="A"))
    with using_language("en"), pytest.raises(ConflictError) as err:
        acc.purge_account(db, a.id)
    assert err.value.message == "Move the account to the trash before deleting it permanently."
    with using_language("it"), pytest.raises(ConflictError) as err:
        acc.purge_account(db, a.id)
    assert err.value.message == "Sposta l'account nel cestino prima di eliminarlo definitivamente."
    assert _names(db) == ["A"]
    acc.delete_account(db, a.id)
    acc.purge_account(db, a.id)
    acc.purge_account(db, a.id)  # already gone: nothing to do
    with db.reading() as session:
        assert session.get(Account, a.id) is None
    for lang, message in (
        ("en", "That account was permanently deleted and cannot be restored."),
        ("it", "Questo account è stato eliminato definitivamente e non può essere ripristinato."),
    ):
        with using_language(lang), pytest.raises(NotFoundError) as gone:
            acc.restore_account(db, a.id)
        assert gone.value.message == message


def test_find_account_id_is_exact_trimmed_and_live_only(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme"))
    b = acc.create_account(db, AccountInput(name="Beta"))
    assert acc.find_account_id(db, "  Acme ") == a.id
    assert acc.find_account_id(db, "Beta") == b.id
    acc.delete_account(db, b.id)
    for lang, message in (("en", "No account named “Beta”."), ("it", "Nessun account di nome “Beta”.")):
        with using_language(lang), pytest.raises(NotFoundError) as err:
            acc.find_account_id(db, "Beta")
        assert err.value.message == message


def _history(db: Database, account_id: int) -> list[tuple[AccountStatus, AccountStatus, str, bool]]:
    return [
        (h.from_status, h.to_status, h.reason, h.over_cap)
        for h in acc.get_account(db, account_id).status_history
    ]


def test_promotions_up_to_the_cap_need_no_reason_and_the_next_one_does(db: Database) -> None:
    update_program(db, ProgramInput(key_account_cap=2, currency="EUR"))
    ids = [acc.create_account(db, AccountInput(name=n)).id for n in ("A", "B", "C", "D")]
    assert acc.change_status(db, ids[0], K).status is K
    assert acc.change_status(db, ids[1], K).status is K  # the second of a cap of 2
    with db.reading() as session:
        assert acc.key_count(session) == 2
    with using_language("en"), pytest.raises(ValidationError) as err:
        acc.change_status(db, ids[2], K, "   ")
    assert (err.value.message, err.value.field) == (
        "You already have 2 of 2 key accounts. Write why C deserves a place beyond the cap.",
        "reason",
    )
    with using_language("it"), pytest.raises(ValidationError) as err:
        acc.change_status(db, ids[2], K)
    assert err.value.message == "Hai già 2 key account su 2. Scrivi perché C merita un posto oltre il limite."
    assert acc.get_account(db, ids[2]).account.status is C
    view = acc.change_status(db, ids[2], K, "  A logo the industry follows.  ")
    assert view.status is K
    assert _history(db, ids[2]) == [(C, K, "A logo the industry follows.", True)]
    assert _history(db, ids[0]) == [(C, K, "", False)]
    # a trashed key account no longer counts against the cap
    acc.delete_account(db, ids[0])
    acc.delete_account(db, ids[2])
    with db.reading() as session:
        assert acc.key_count(session) == 1
    acc.change_status(db, ids[3], K)
    assert _history(db, ids[3]) == [(C, K, "", False)]


def test_demoting_a_key_account_needs_a_reason_and_history_is_newest_first(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    acc.change_status(db, a, K)
    for lang, message in (
        ("en", "Write why Acme is no longer a key account."),
        ("it", "Scrivi perché Acme non è più un key account."),
    ):
        with using_language(lang), pytest.raises(ValidationError) as err:
            acc.change_status(db, a, S, " ")
        assert (err.value.message, err.value.field) == (message, "reason")
    acc.change_status(db, a, S, "Lost the tender.")
    acc.change_status(db, a, AccountStatus.ARCHIVED)  # from standard: no reason needed
    unchanged = acc.change_status(db, a, AccountStatus.ARCHIVED, "ignored")
    assert unchanged.status is AccountStatus.ARCHIVED
    assert _history(db, a) == [
        (S, AccountStatus.ARCHIVED, "", False),
        (K, S, "Lost the tender.", False),
        (C, K, "", False),
    ]
    stamps = [h.changed_at for h in acc.get_account(db, a).status_history]
    assert all(isinstance(t, dt.datetime) and t.tzinfo is None for t in stamps)
    with db.reading() as session:
        assert session.query(AccountStatusChange).count() == 3


def test_a_status_change_to_the_same_status_writes_no_history(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    assert acc.change_status(db, a, C, "why").status is C
    assert _history(db, a) == []


def test_assessments_are_newest_first_with_their_ratings_notes_and_score(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    all_fives = {f: 5 for f in Factor}
    first = acc.add_assessment(db, a, {Factor.FIT: 3}, assessed_on="2026-01-10", notes="first look")
    same_day = acc.add_assessment(db, a, all_fives, assessed_on=dt.date(2026, 1, 10))
    today = acc.add_assessment(db, a, {Factor.FIT: 1, Factor.CURRENT_REVENUE: None})
    assert first.assessed_on == dt.date(2026, 1, 10) and first.notes == "first look"
    assert first.ratings == {f: (3 if f is Factor.FIT else None) for f in Factor}
    assert (first.score.rated, same_day.score.rated, today.score.rated) == (1, 8, 1)
    assert (first.score.value, same_day.score.value, today.score.value) == (50.0, 90.0, 0.0)
    assert today.assessed_on == TODAY and today.notes == ""
    assert today.account_id == a
    detail = acc.get_account(db, a)
    assert [x.id for x in detail.assessments] == [today.id, same_day.id, first.id]
    assert detail.assessments[1] == same_day


def test_an_assessment_with_nothing_rated_or_a_rating_out_of_range_is_refused(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    for lang, message in (("en", "Rate at least one factor."), ("it", "Valuta almeno un fattore.")):
        with using_language(lang), pytest.raises(ValidationError) as err:
            acc.add_assessment(db, a, {f: None for f in Factor})
        assert (err.value.message, err.value.field) == (message, "ratings")
    with using_language("en"), pytest.raises(ValidationError) as err:
        acc.add_assessment(db, a, {Factor.FIT: 6})
    assert (err.value.message, err.value.field) == (
        "Fit (offerings, culture, industry focus) must be from 1 to 5 (got 6).",
        "fit",
    )
    with using_language("it"), pytest.raises(ValidationError) as err:
        acc.add_assessment(db, a, {Factor.FIT: 2}, assessed_on="2026-02-30")
    assert (err.value.message, err.value.field) == (
        "Data della valutazione: 2026-02-30 non è una data esistente nel calendario.",
        "assessed_on",
    )
    with using_language("en"), pytest.raises(ValidationError) as err:
        acc.add_assessment(db, a, {Factor.FIT: 2}, notes="bad\x00")
    assert (err.value.message, err.value.field) == (
        "Notes cannot contain an invisible control character (U+0000).",
        "notes",
    )
    assert acc.get_account(db, a).assessments == ()


def _centres(db: Database, account_id: int) -> list[tuple[str, str, str]]:
    return [(c.name, c.kind, c.notes) for c in acc.list_buying_centres(db, account_id)]


def test_buying_centres_are_listed_by_name_and_unique_per_account_ignoring_case(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    b = acc.create_account(db, AccountInput(name="Beta")).id
    ops = acc.save_buying_centre(db, a, " Operations ", " Plant ", "Runs the lines")
    assert (ops.account_id, ops.name, ops.kind, ops.notes) == (a, "Operations", "Plant", "Runs the lines")
    acc.save_buying_centre(db, a, "Finance")
    acc.save_buying_centre(db, b, "operations")  # another account may use the name
    for lang, message in (
        ("en", "This account already has a buying centre named “OPERATIONS”."),
        ("it", "Questo account ha già un centro d'acquisto di nome “OPERATIONS”."),
    ):
        with using_language(lang), pytest.raises(ConflictError) as err:
            acc.save_buying_centre(db, a, "OPERATIONS")
        assert (err.value.message, err.value.field) == (message, "name")
    assert _centres(db, a) == [("Finance", "", ""), ("Operations", "Plant", "Runs the lines")]
    assert _centres(db, b) == [("operations", "", "")]
    # editing a centre under its own name, changing its case
    edited = acc.save_buying_centre(db, a, "OPERATIONS", "", "new", centre_id=ops.id)
    assert (edited.id, edited.name, edited.kind, edited.notes) == (ops.id, "OPERATIONS", "", "new")
    assert acc.get_account(db, a).buying_centres == acc.list_buying_centres(db, a)
    assert [c.name for c in acc.get_account(db, a).buying_centres] == ["Finance", "OPERATIONS"]


def test_a_deleted_buying_centre_leaves_the_list_comes_back_and_keeps_its_name(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    ops = acc.save_buying_centre(db, a, "Operations")
    acc.delete_buying_centre(db, ops.id)
    assert _centres(db, a) == []
    with pytest.raises(ConflictError):  # the name is still held by the deleted centre
        acc.save_buying_centre(db, a, "operations")
    acc.restore_buying_centre(db, ops.id)
    assert _centres(db, a) == [("Operations", "", "")]
    acc.delete_buying_centre(db, ops.id)
    saved = acc.save_buying_centre(db, a, "Ops", centre_id=ops.id)  # saving brings it back
    assert saved.id == ops.id
    assert _centres(db, a) == [("Ops", "", "")]
    acc.delete_buying_centre(db, 99999)
    acc.restore_buying_centre(db, 99999)
    assert _centres(db, a) == [("Ops", "", "")]


def test_a_buying_centre_of_another_account_cannot_be_saved_through_this_one(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    b = acc.create_account(db, AccountInput(name="Beta")).id
    theirs = acc.save_buying_centre(db, b, "Legal")
    for lang, message in (
        ("en", "That buying centre no longer exists."),
        ("it", "Questo centro d'acquisto non esiste più."),
    ):
        with using_language(lang), pytest.raises(NotFoundError) as err:
            acc.save_buying_centre(db, a, "Legal 2", centre_id=theirs.id)
        assert err.value.message == message
        with using_language(lang), pytest.raises(NotFoundError):
            acc.save_buying_centre(db, a, "Nope", centre_id=99999)
    assert _centres(db, b) == [("Legal", "", "")]
    assert _centres(db, a) == []


def test_buying_centre_fields_are_refused_by_label(db: Database) -> None:
    a = acc.create_account(db, AccountInput(name="Acme")).id
    cases = [
        ({"name": ""}, "name", "Buying centre name cannot be empty."),
        ({"name": "x", "kind": "a\tb"}, "kind", "Kind cannot contain a tab."),
        (
            {"name": "x", "notes": "\x01"},
            "notes",
            "Notes cannot contain an invisible control character (U+0001).",
        ),
    ]
    for kwargs, field, message in cases:
        with using_language("en"), pytest.raises(ValidationError) as err:
            acc.save_buying_centre(db, a, **kwargs)  # type: ignore[arg-type]
        assert (err.value.message, err.value.field) == (message, field)
    assert _centres(db, a) == []


def test_the_account_list_is_live_accounts_by_name(db: Database) -> None:
    ids = {
        n: acc.create_account(db, AccountInput(name=n, industry=f"{n} ind")).id
        for n in ("Zeta", "Alpha", "Mid")
    }
    acc.change_status(db, ids["Mid"], K)
    acc.delete_account(db, ids["Zeta"])
    assert acc.list_accounts(db) == (
        acc.AccountListItem(ids["Alpha"], "Alpha", C, "Alpha ind"),
        acc.AccountListItem(ids["Mid"], "Mid", K, "Mid ind"),
    )


def test_a_name_taken_by_a_concurrent_writer_is_refused_on_the_name(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc.create_account(db, AccountInput(name="Acme"))
    monkeypatch.setattr(acc, "_name_taken", lambda *args, **kwargs: False)  # the check raced
    for lang, message in (
        ("en", "That account name is already used."),
        ("it", "Questo nome di account è già in uso."),
    ):
        with using_language(lang), pytest.raises(ConflictError) as err:
            acc.create_account(db, AccountInput(name="Acme"))
        assert (err.value.message, err.value.field) == (message, "name")
    assert _names(db) == ["Acme"]


def test_a_status_change_is_stamped_with_the_clocks_time(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = dt.datetime(2026, 6, 15, 10, 30, 5)
    monkeypatch.setattr(clock, "utcnow", lambda: stamp)
    a = acc.create_account(db, AccountInput(name="Acme")).id
    acc.change_status(db, a, K)
    assert [h.changed_at for h in acc.get_account(db, a).status_history] == [stamp]
