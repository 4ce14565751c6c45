import datetime as dt
import json
import unicodedata

import pytest

from store import links, repository
from store.agreements import SPEC as AGREEMENTS
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.partners import SPEC as PARTNERS
from store.records import Agreement, Contact, Event, FollowUp, Partner
from store.repository import ConflictError, InvalidRecordError
from store.status import status_of


def test_round_trip_keeps_every_field(empty_cat) -> None:
    parent = repository.save(empty_cat, PARTNERS, Partner(name="Thành phố Seoul", country="KR"))
    partner = Partner(
        name=unicodedata.normalize("NFD", "Hội đồng thành phố Seoul"),
        name_native="서울특별시의회",
        kind="government",
        country="KR",
        parent_id=parent.id,
        relation_since=PartialDate.parse("12/2023"),
        relation_kind="cooperation",
        email="council@seoul.go.kr",
        fields=["smart_city", "culture"],
        contacts=[Contact(name="Choi Ho Jung", title="Chủ tịch")],
    )
    saved = repository.save(empty_cat, PARTNERS, partner)
    loaded = repository.load(empty_cat, PARTNERS, saved.id)
    assert loaded.name == "Hội đồng thành phố Seoul"  # stored NFC
    assert loaded.relation_since.iso == "2023-12"
    assert loaded.fields == ["smart_city", "culture"]
    assert [c.name for c in loaded.contacts] == ["Choi Ho Jung"]
    assert loaded.version == 1 and len(loaded.uuid) == 36 and loaded.created_at


def test_conflicting_save_is_refused(empty_cat) -> None:
    saved = repository.save(empty_cat, PARTNERS, Partner(name="A"))
    first, second = (
        repository.load(empty_cat, PARTNERS, saved.id),
        repository.load(empty_cat, PARTNERS, saved.id),
    )
    first.notes = "first"
    repository.save(empty_cat, PARTNERS, first)
    second.notes = "second"
    with pytest.raises(ConflictError) as error:
        repository.save(empty_cat, PARTNERS, second)
    assert error.value.current.notes == "first"
    assert repository.load(empty_cat, PARTNERS, saved.id).notes == "first"


def test_history_records_old_and_new_values(empty_cat) -> None:
    saved = repository.save(empty_cat, PARTNERS, Partner(name="A"))
    saved.name = "B"
    repository.save(empty_cat, PARTNERS, saved)
    rows = list(empty_cat.db.query("SELECT action, changes FROM history ORDER BY id"))
    assert [r["action"] for r in rows] == ["create", "edit"]
    assert json.loads(rows[1]["changes"])["name"] == ["A", "B"]


def test_delete_to_trash_and_restore(cat) -> None:
    idf = cat.db.execute("SELECT id FROM partners WHERE name LIKE '%Île-de-France'").fetchone()[0]
    assert links.linked_to(cat, "partner", idf)["agreement"] >= 3
    repository.delete(cat, PARTNERS, idf)
    with pytest.raises(repository.NotFoundError):
        repository.load(cat, PARTNERS, idf)
    restored = repository.restore(cat, PARTNERS, idf)
    assert restored.name.endswith("Île-de-France")
    assert len(links.agreements_of_partner(cat, idf)) >= 3


def test_invalid_records_are_refused_with_field_codes(empty_cat) -> None:
    with pytest.raises(InvalidRecordError) as error:
        repository.save(
            empty_cat, PARTNERS, Partner(name=" ", email="nope", website="not a url", country="XX")
        )
    assert {(p.field, p.code) for p in error.value.problems} == {
        ("name", "required"),
        ("email", "email"),
        ("website", "url"),
        ("country", "country"),
    }
    assert empty_cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 0


def test_agreement_cannot_renew_itself_or_a_later_one(empty_cat) -> None:
    old = repository.save(
        empty_cat, AGREEMENTS, Agreement(title="2018–2021", valid_from=PartialDate.parse("2018"))
    )
    new = repository.save(
        empty_cat,
        AGREEMENTS,
        Agreement(title="2022–2025", valid_from=PartialDate.parse("2022"), renews_id=old.id),
    )
    old.renews_id = old.id
    with pytest.raises(InvalidRecordError, match="renews_self"):
        repository.save(empty_cat, AGREEMENTS, old)
    old.renews_id = new.id
    with pytest.raises(InvalidRecordError, match="renews_later"):
        repository.save(empty_cat, AGREEMENTS, old)


@pytest.mark.parametrize(
    ("stage", "valid_to", "renewed", "expected"),
    [
        ("signed", None, False, "in_force"),
        ("signed", "2026-12", False, "expiring"),
        ("signed", "2027-03-31", False, "expiring"),
        ("signed", "2027-12", False, "in_force"),
        ("signed", "2026-11-23", False, "expired"),
        ("signed", "2026-11", False, "expiring"),
        ("signed", "2025", True, "renewed"),
        ("proposed", None, False, "preparation"),
        ("terminated", "2030", False, "terminated"),
    ],
)
def test_status_is_derived(empty_cat, stage, valid_to, renewed, expected) -> None:
    today = dt.date(2026, 11, 24)
    a = repository.save(
        empty_cat,
        AGREEMENTS,
        Agreement(title="A", stage=stage, valid_to=PartialDate.from_iso(valid_to)),
    )
    if renewed:
        repository.save(
            empty_cat,
            AGREEMENTS,
            Agreement(title="B", renews_id=a.id, valid_from=PartialDate.parse("2026")),
        )
    assert status_of(empty_cat, a.id, today) == expected


def test_children_edits_keep_identity(empty_cat) -> None:
    event = repository.save(
        empty_cat,
        EVENTS,
        Event(title="Visit", followups=[FollowUp(action="Report"), FollowUp(action="Letter")]),
    )
    uuid_of_report = event.followups[0].uuid
    event.followups[0].done = True
    del event.followups[1]
    saved = repository.save(empty_cat, EVENTS, event)
    assert [(f.action, f.done, f.uuid) for f in saved.followups] == [
        ("Report", True, uuid_of_report)
    ]
    assert saved.followups[0].version == 2


def test_listeners_hear_only_committed_changes(empty_cat) -> None:
    heard = []
    empty_cat.subscribe(heard.extend)
    saved = repository.save(empty_cat, PARTNERS, Partner(name="A"))
    with pytest.raises(InvalidRecordError):
        repository.save(empty_cat, PARTNERS, Partner(name=""))
    assert [(c.kind, set(c.ids)) for c in heard] == [("partner", {saved.id})]
