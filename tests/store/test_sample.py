"""The sample catalogue holds the five seed articles' records, as precise as the sources."""

from store import links, repository, search
from store.agreements import SPEC as AGREEMENTS
from store.agreements import renewed_by
from store.events import SPEC as EVENTS
from store.partners import SPEC as PARTNERS
from store.status import status_of


def one(cat, sql, *params):
    rows = cat.db.execute(sql, params).fetchall()
    assert len(rows) == 1, (sql, rows)
    return rows[0][0]


def test_partners_carry_every_script(cat) -> None:
    gyeonggi = repository.load(
        cat, PARTNERS, one(cat, "SELECT id FROM partners WHERE name_native = '경기도'")
    )
    assert gyeonggi.country == "KR" and gyeonggi.relation_since.iso == "2024-10"
    council = repository.load(
        cat, PARTNERS, one(cat, "SELECT id FROM partners WHERE name_native = '서울특별시의회'")
    )
    seoul = repository.load(cat, PARTNERS, council.parent_id)
    assert seoul.relation_since.iso == "1996"
    idf = repository.load(
        cat, PARTNERS, one(cat, "SELECT id FROM partners WHERE name_en LIKE 'Île-de-France%'")
    )
    assert idf.relation_since.iso == "2001"


def test_renewal_chain_2018_to_2022(cat) -> None:
    programme = repository.load(
        cat,
        AGREEMENTS,
        one(cat, "SELECT id FROM agreements WHERE title LIKE 'Chương trình hành động%2022%'"),
    )
    assert programme.signed_on.iso == "2022"
    assert programme.valid_from.iso == "2022" and programme.valid_to.iso == "2025"
    earlier = repository.load(cat, AGREEMENTS, programme.renews_id)
    assert earlier.signed_on.iso == "2018-06"
    assert renewed_by(cat, earlier.id) == [programme.id]
    assert status_of(cat, earlier.id) == "renewed"


def test_monre_mou_is_in_preparation(cat) -> None:
    mou = one(cat, "SELECT id FROM agreements WHERE title LIKE '%Bộ Tài nguyên và Môi trường%'")
    assert repository.load(cat, AGREEMENTS, mou).signed_on is None
    assert status_of(cat, mou) == "preparation"


def test_events_keep_their_dates_and_links(cat) -> None:
    conference = repository.load(
        cat, EVENTS, one(cat, "SELECT id FROM events WHERE title LIKE '%lần thứ 12%'")
    )
    assert conference.dates.iso == "2023-04-13/2023-04-16"
    assert conference.city == "Hà Nội"
    korea = repository.load(
        cat,
        EVENTS,
        one(
            cat,
            "SELECT id FROM events WHERE starts_on = '2024-10-19' AND ends_on = '2024-10-22' AND kind = 'outbound'",
        ),
    )
    assert korea.leader.startswith("Trần Sỹ Thanh")
    bmt = one(cat, "SELECT id FROM events WHERE kind = 'outbound' AND starts_on = '2024-12-12'")
    assert "2024" in repository.load(cat, EVENTS, bmt).notes


def test_every_record_names_its_source(cat) -> None:
    for table in ("partners", "agreements", "events", "our_side"):
        missing = cat.db.execute(
            f"SELECT count(*) FROM {table} WHERE notes NOT LIKE '%bài 00%'"
        ).fetchone()[0]
        assert missing == 0, table


def test_people_are_searchable(cat) -> None:
    for person in (
        "Olivier Richard",
        "Adrien Fischer",
        "Laure Grazi",
        "Woo Won Shik",
        "Oh Se Hoon",
        "Choi Ho Jung",
    ):
        assert search.search(cat, person), person
    assert links.events_of_partner(
        cat, one(cat, "SELECT id FROM partners WHERE name LIKE '%APUR%'")
    )
