"""Lists read a page at a time must show exactly what reading the whole sorted list shows."""

from __future__ import annotations

import datetime as dt

import pytest

from store import lists, search, sort_keys, synth
from store.catalogue import Catalogue
from store.records import STATUSES
from store.status import add_months, status_of
from store.text import sort_key


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("listing") / "synth.partnerbook"
    cat = synth.build(path, 300, 500, 1500)
    # Some records without the sorted value, and some in the Trash.
    cat.db.execute("UPDATE agreements SET signed_on = NULL, valid_to = NULL WHERE id % 7 = 0")
    cat.db.execute("UPDATE partners SET relation_since = NULL WHERE id % 5 = 0")
    cat.db.execute("UPDATE partners SET kind = '' WHERE id % 13 = 0")
    cat.db.execute("UPDATE events SET kind = 'no-longer-a-kind' WHERE id % 17 = 0")
    cat.db.execute("UPDATE partners SET country = '' WHERE id % 17 = 0")
    cat.db.execute("UPDATE partners SET country = 'XX' WHERE id % 19 = 0")
    cat.db.execute("UPDATE events SET city = '' WHERE id % 23 = 0")
    cat.db.execute("UPDATE events SET country = '' WHERE id % 29 = 0")
    trashed = [r[0] for r in cat.db.execute("SELECT id FROM events WHERE id % 11 = 0")]
    for event_id in trashed:  # as repository.delete does, without its history rows
        cat.db.execute("UPDATE events SET deleted_at = '2026-01-01' WHERE id = ?", [event_id])
        search.unindex(cat, "event", event_id)
    # Agreements whose status today turns on a date at every precision: ending this year,
    # this month, today, or within the expiry window; starting tomorrow; ties in their titles.
    today = dt.date.today()
    for remainder, column, value in (
        (1, "valid_to", str(today.year)),
        (2, "valid_to", today.isoformat()[:7]),
        (3, "valid_to", today.isoformat()),
        (4, "valid_to", (today - dt.timedelta(days=1)).isoformat()),
        (5, "valid_to", add_months(today, 6).isoformat()[:7]),
        (6, "valid_from", (today + dt.timedelta(days=1)).isoformat()),
        (7, "valid_from", today.isoformat()),
        (8, "title", "Thỏa thuận hợp tác"),
    ):
        cat.db.execute(f"UPDATE agreements SET {column} = ? WHERE id % 10 = ?", [value, remainder])
    cat.db.execute(
        "UPDATE agreements SET name_key = ? WHERE id % 10 = 8", [sort_key("Thỏa thuận hợp tác")]
    )
    cat.db.execute("UPDATE agreements SET deleted_at = '2026-01-01' WHERE id % 31 = 0")
    sort_keys.refresh_all(cat.db)  # as a bulk write does
    yield cat
    cat.close()


CASES = [(kind, column) for kind, columns in lists.PAGED.items() for column in columns]


FILTERS = [
    lists.Filter(),
    lists.Filter(text="lyon"),
    lists.Filter(country="KR"),
    lists.Filter(text="lyon", country="DE"),
    lists.Filter(field="health"),
    lists.Filter(in_force_only=True, date_from="2010", date_to="2030"),
    lists.Filter(kind="training"),
]


@pytest.mark.parametrize(("kind", "column"), CASES)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("flt", FILTERS, ids=repr)
def test_paged_listing_matches_the_whole_sorted_list(
    big: Catalogue, kind: str, column: str, descending: bool, flt: lists.Filter
) -> None:
    whole = lists.list_ids(big, kind, flt, column, descending)
    paged = lists.listing(big, kind, flt, column, descending)
    assert isinstance(paged, lists._Paged)
    assert paged.count() == len(whole)
    # Page by page, from the front and (for the far half) from the back.
    pages = [paged.ids(start, start + 97) for start in range(0, len(whole), 97)]
    assert [i for page in pages for i in page] == whole
    assert paged.ids(len(whole) - 5, len(whole) + 10) == whole[-5:]
    for position in (0, 1, len(whole) // 2, len(whole) - 1):
        if 0 <= position < len(whole):
            assert paged.position(whole[position]) == position


def test_a_record_outside_the_filter_has_no_position(big: Catalogue) -> None:
    deleted = big.db.execute("SELECT id FROM events WHERE deleted_at IS NOT NULL").fetchone()[0]
    assert lists.listing(big, "event", None, "dates").position(deleted) is None


@pytest.mark.parametrize("column", ["partners", "kind"])
def test_computed_orders_are_read_once_in_the_same_order(big: Catalogue, column: str) -> None:
    whole = lists.list_ids(big, "agreement", None, column, True)
    read = lists.listing(big, "agreement", None, column, True)
    assert read.all_ids() == whole
    assert read.position(whole[-1]) == len(whole) - 1


def test_empty_values_come_last_in_both_directions(big: Catalogue) -> None:
    for descending in (False, True):
        ids = lists.listing(big, "agreement", None, "signed_on", descending).all_ids()
        signed = dict(big.db.execute("SELECT id, signed_on FROM agreements").fetchall())
        values = [signed[i] for i in ids]
        first_empty = values.index(None)
        assert all(v is None for v in values[first_empty:])
        assert values[:first_empty] == sorted(values[:first_empty], reverse=descending)


@pytest.mark.parametrize(("kind", "column"), [("partner", "country"), ("event", "place")])
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("descending", [False, True])
def test_country_orders_follow_the_names_in_the_ui_language(
    big: Catalogue, kind: str, column: str, lang: str, descending: bool
) -> None:
    ctx = lists.Context(lang=lang)
    whole = lists.list_ids(big, kind, None, column, descending, ctx)
    paged = lists.listing(big, kind, None, column, descending, ctx)
    assert [i for start in range(0, len(whole), 50) for i in paged.ids(start, start + 50)] == whole
    assert paged.position(whole[-1]) == len(whole) - 1


@pytest.mark.parametrize(("kind", "column"), CASES)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "flt",
    [lists.Filter(text="lyon"), lists.Filter(date_from="2015", date_to="2019-06")],
    ids=repr,
)
def test_many_matches_are_paged_through_the_order_index_in_the_same_order(
    big: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    column: str,
    descending: bool,
    flt: lists.Filter,
) -> None:
    """Walking the order's index, from where the matches start (a period keeps one stretch of
    the date orders), pages hold what sorting every match holds."""
    monkeypatch.setattr(lists, "MANY_HITS", 1)  # the 1,500 events hold no 5,000 matches
    whole = lists.list_ids(big, kind, flt, column, descending)
    paged = lists.listing(big, kind, flt, column, descending)
    assert paged.walks == bool(whole)
    assert [i for start in range(0, len(whole), 7) for i in paged.ids(start, start + 7)] == whole


def _live(cat: Catalogue, table: str) -> list[int]:
    return [r[0] for r in cat.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL")]


def test_filters_on_linked_records_pass_each_record_checked_on_its_own(big: Catalogue) -> None:
    """The filters read linked records as sets through indexes; checked one record at a time."""
    one = big.db.execute

    def event_passes(event_id: int) -> bool:
        held_in_korea = one("SELECT country FROM events WHERE id = ?", [event_id]).fetchone()
        partner_countries = {
            c
            for (c,) in one(
                "SELECT p.country FROM event_partners l JOIN partners p ON p.id = l.partner_id "
                "WHERE l.event_id = ?",
                [event_id],
            )
        }
        return held_in_korea[0] == "KR" or "KR" in partner_countries

    expected = {i for i in _live(big, "events") if event_passes(i)}
    assert 0 < len(expected) < len(_live(big, "events"))
    assert set(lists.list_ids(big, "event", lists.Filter(country="KR"))) == expected

    def partner_has_agreement_in_force(partner_id: int) -> bool:
        agreements = one(
            "SELECT agreement_id FROM agreement_partners WHERE partner_id = ?", [partner_id]
        ).fetchall()
        statuses = [
            status_of(big, a)
            for (a,) in agreements
            if one("SELECT deleted_at FROM agreements WHERE id = ?", [a]).fetchone()[0] is None
        ]
        return any(s in ("in_force", "expiring") for s in statuses)

    expected = {i for i in _live(big, "partners") if partner_has_agreement_in_force(i)}
    assert 0 < len(expected) < len(_live(big, "partners"))
    assert set(lists.list_ids(big, "partner", lists.Filter(in_force_only=True))) == expected


def _pages(listing: lists.Listing, size: int) -> list[int]:
    return [
        i for start in range(0, listing.count(), size) for i in listing.ids(start, start + size)
    ]


DATED = [("agreement", "status"), ("partner", "agreements_in_force")]


def test_the_orders_that_depend_on_today_meet_every_case(big: Catalogue) -> None:
    statuses = dict(
        big.db.execute(
            f"SELECT {lists.Context().status('a')}, count(*) FROM agreements a "
            "WHERE deleted_at IS NULL GROUP BY 1"
        ).fetchall()
    )
    assert all(statuses.get(code, 0) >= 10 for code in STATUSES), statuses
    counts = {r[0] for r in big.db.execute("SELECT in_force_count FROM partners")}
    assert len(counts) >= 3


FILTERS = {
    "agreement": [
        lists.Filter(text="y te"),
        lists.Filter(kind="mou"),
        lists.Filter(text="hop tac", kind="mou"),
        lists.Filter(status="expiring"),
        lists.Filter(in_force_only=True),
        lists.Filter(country="FR", date_from="2020"),
    ],
    "partner": [
        lists.Filter(text="lyon"),
        lists.Filter(kind="university"),
        lists.Filter(text="lyon", country="FR"),
        lists.Filter(in_force_only=True),
        lists.Filter(country="FR", date_from="2000"),
    ],
}


@pytest.mark.parametrize(
    ("kind", "column", "flt"),
    [(kind, column, flt) for kind, column in DATED for flt in FILTERS[kind]],
    ids=repr,
)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("many_hits", [1, lists.MANY_HITS])
def test_orders_that_depend_on_today_are_paged_under_filters_in_the_same_order(
    big: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    column: str,
    descending: bool,
    flt: lists.Filter,
    many_hits: int,
) -> None:
    # With MANY_HITS at 1, every search has many matches and every run is read as a large one.
    monkeypatch.setattr(lists, "MANY_HITS", many_hits)
    whole = lists.list_ids(big, kind, flt, column, descending)
    assert whole
    paged = lists.listing(big, kind, flt, column, descending)
    assert isinstance(paged, lists._Paged)
    assert paged.count() == len(whole)
    assert _pages(paged, 7) == whole
    for position in (0, len(whole) // 2, len(whole) - 1):
        if 0 <= position < len(whole):
            assert paged.position(whole[position]) == position


@pytest.mark.parametrize("window_months", [0, 1, 6, 24])
def test_status_order_follows_the_expiry_window(big: Catalogue, window_months: int) -> None:
    ctx = lists.Context(window_months=window_months)
    for descending in (False, True):
        whole = lists.list_ids(big, "agreement", None, "status", descending, ctx)
        paged = lists.listing(big, "agreement", None, "status", descending, ctx)
        assert isinstance(paged, lists._Paged)
        assert _pages(paged, 50) == whole


@pytest.mark.parametrize("code", STATUSES)
def test_the_status_filter_keeps_the_agreements_of_that_status(big: Catalogue, code: str) -> None:
    expected = {i for i in _live(big, "agreements") if status_of(big, i) == code}
    assert set(lists.list_ids(big, "agreement", lists.Filter(status=code))) == expected
    paged = lists.listing(big, "agreement", lists.Filter(status=code), "title")
    assert set(paged.all_ids()) == expected
