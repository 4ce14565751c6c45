"""Random sequences of store operations checked against a simple in-memory model.

Create, rename, link, delete, restore and import, in any order hypothesis finds: after every step
nothing saved is lost, links are what was last saved, the Trash holds exactly what was deleted,
searching finds every live name, and the sort keys kept in columns are what computing them gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule

from store import links, lists, repository, search, sort_keys
from store.agreements import SPEC as AGREEMENTS
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.exchange import files, importer
from store.kinds import SPECS
from store.partners import SPEC as PARTNERS
from store.records import Agreement, Event, Partner
from store.repository import ConflictError
from store.status import fixed_status_sql
from store.text import clean

# Names staff type, and text that must stay text: markup, FTS syntax, RTL marks, emoji, NUL.
WORDS = st.sampled_from(
    ["Gyeonggi", "Île-de-France", "Hà Nội", "경기도", "Đà Nẵng", "Lyon", "Busan", "Kyōto"]
)
NOISE = st.sampled_from(
    ["", "<b>x</b>", '"AND" OR NEAR(', "\u202e", "😀", "\x00", "e\u0301", "*", "  "]
)
NAMES = st.tuples(WORDS, NOISE, WORDS).map(lambda t: f"{t[0]} {t[1]} {t[2]}")


class CatalogueModel(RuleBasedStateMachine):
    partners = Bundle("partners")
    events = Bundle("events")
    agreements = Bundle("agreements")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="partnerbook-model-"))
        self.cat = Catalogue.create(self.folder / "model.partnerbook")
        self.partner_names: dict[int, str] = {}
        self.event_links: dict[int, list[int]] = {}
        self.deleted: set[tuple[str, int]] = set()
        self.imports = itertools.count(1)

    def teardown(self) -> None:
        self.cat.close()

    # -- operations ----------------------------------------------------------------------------
    @rule(target=partners, name=NAMES)
    def create_partner(self, name: str) -> int:
        saved = repository.save(self.cat, PARTNERS, Partner(name=name))
        self.partner_names[saved.id] = clean(name)
        return saved.id

    @rule(partner=partners, name=NAMES)
    def rename_partner(self, partner: int, name: str) -> None:
        record = repository.load(self.cat, PARTNERS, partner, include_deleted=True)
        record.name = name
        if ("partner", partner) in self.deleted:  # a record in the Trash is not edited
            with pytest.raises(ConflictError):
                repository.save(self.cat, PARTNERS, record)
            return
        repository.save(self.cat, PARTNERS, record)
        self.partner_names[partner] = clean(name)

    @rule(
        target=events,
        title=NAMES,
        linked=st.lists(partners, max_size=3, unique=True),
        year=st.integers(1990, 2030),
    )
    def create_event(self, title: str, linked: list[int], year: int) -> int:
        event = Event(title=title, partner_ids=linked, dates=PartialDate(str(year)))
        saved = repository.save(self.cat, EVENTS, event)
        self.event_links[saved.id] = list(linked)
        return saved.id

    @rule(event=events, linked=st.lists(partners, max_size=3, unique=True))
    def relink_event(self, event: int, linked: list[int]) -> None:
        record = repository.load(self.cat, EVENTS, event, include_deleted=True)
        record.partner_ids = linked
        if ("event", event) in self.deleted:
            with pytest.raises(ConflictError):
                repository.save(self.cat, EVENTS, record)
            return
        repository.save(self.cat, EVENTS, record)
        self.event_links[event] = list(linked)

    @rule(
        target=agreements,
        linked=st.lists(partners, max_size=3, unique=True),
        stage=st.sampled_from(["signed", "signed", "proposed", "terminated"]),
        valid_to=st.sampled_from([None, "2000", str(dt.date.today().year), "2099"]),
        renews=st.one_of(st.none(), agreements),
    )
    def create_agreement(
        self, linked: list[int], stage: str, valid_to: str | None, renews: int | None
    ) -> int:
        agreement = Agreement(
            title="MOU",
            partner_ids=linked,
            stage=stage,
            valid_to=PartialDate.from_iso(valid_to),
            renews_id=renews,
        )
        return repository.save(self.cat, AGREEMENTS, agreement).id

    @rule(agreement=agreements)
    def delete_agreement(self, agreement: int) -> None:
        if ("agreement", agreement) not in self.deleted:
            repository.delete(self.cat, AGREEMENTS, agreement)
            self.deleted.add(("agreement", agreement))

    @rule(partner=partners)
    def delete_partner(self, partner: int) -> None:
        if ("partner", partner) not in self.deleted:
            repository.delete(self.cat, PARTNERS, partner)
            self.deleted.add(("partner", partner))

    @rule(event=events)
    def delete_event(self, event: int) -> None:
        if ("event", event) not in self.deleted:
            repository.delete(self.cat, EVENTS, event)
            self.deleted.add(("event", event))

    @precondition(lambda self: self.deleted)
    @rule(data=st.data())
    def restore_one(self, data: st.DataObject) -> None:
        kind, record_id = data.draw(st.sampled_from(sorted(self.deleted)))
        repository.restore(self.cat, SPECS[kind], record_id)
        self.deleted.discard((kind, record_id))

    @rule(names=st.lists(NAMES, min_size=1, max_size=3))
    def import_partners(self, names: list[str]) -> None:
        # Numbered, so that no imported row is a duplicate of a partner already there.
        rows = [f"{next(self.imports)} {name}" for name in names]
        path = self.folder / "import.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Tên đối tác"])
            writer.writerows([r] for r in rows)
        plan = importer.plan(self.cat, files.read(path), importer.Options(kind="partner"))
        result = importer.apply(self.cat, plan, backup=False)
        assert result.added == len(rows)
        for row in rows:
            (found,) = self.cat.db.execute(
                "SELECT id FROM partners WHERE name = ? AND deleted_at IS NULL", [clean(row)]
            ).fetchall()
            self.partner_names[found[0]] = clean(row)

    # -- what must hold after every step -------------------------------------------------------
    @invariant()
    def nothing_is_lost(self) -> None:
        for partner, name in self.partner_names.items():
            record = repository.load(self.cat, PARTNERS, partner, include_deleted=True)
            assert record.name == name
            live = repository.exists(self.cat, PARTNERS, partner)
            assert live == (("partner", partner) not in self.deleted)
        live = len(self.partner_names) - sum(1 for k, _ in self.deleted if k == "partner")
        assert lists.total(self.cat, "partner") == live

    @invariant()
    def links_are_what_was_saved(self) -> None:
        for event, linked in self.event_links.items():
            record = repository.load(self.cat, EVENTS, event, include_deleted=True)
            assert sorted(record.partner_ids) == sorted(linked)
        for partner in self.partner_names:
            expected = {
                e
                for e, linked in self.event_links.items()
                if partner in linked and ("event", e) not in self.deleted
            }
            assert set(links.events_of_partner(self.cat, partner)) == expected

    @invariant()
    def the_trash_holds_what_was_deleted(self) -> None:
        trash = {
            (k, i) for k, i, _, _ in repository.trash(self.cat, [PARTNERS, AGREEMENTS, EVENTS])
        }
        assert trash == self.deleted

    @invariant()
    def sort_keys_match_their_records(self) -> None:
        stale = self.cat.db.execute(
            "SELECT count(*) FROM events e WHERE e.partners_key IS NOT (SELECT min(p.name_key) "
            "FROM event_partners l JOIN partners p ON p.id = l.partner_id "
            "WHERE l.event_id = e.id AND p.deleted_at IS NULL)"
        ).fetchone()[0]
        stale += self.cat.db.execute(
            "SELECT count(*) FROM partners p WHERE p.last_event_on IS NOT (SELECT max(e.starts_on) "
            "FROM event_partners l JOIN events e ON e.id = l.event_id "
            "WHERE l.partner_id = p.id AND e.deleted_at IS NULL)"
        ).fetchone()[0]
        # The status no day changes, and the agreements in force counted for the kept day.
        stale += self.cat.db.execute(
            f"SELECT count(*) FROM agreements a WHERE a.fixed_status IS NOT {fixed_status_sql('a')}"
        ).fetchone()[0]
        day = sort_keys.counted_on(self.cat.db)
        stale += self.cat.db.execute(
            "SELECT count(*) FROM partners p "
            f"WHERE p.in_force_count != {sort_keys.in_force_count_sql('p', day)}"
        ).fetchone()[0]
        assert stale == 0

    @invariant()
    def search_finds_every_live_name(self) -> None:
        for partner, name in self.partner_names.items():
            if ("partner", partner) in self.deleted or search.match_query(name) is None:
                continue
            hits = search.search(self.cat, name, kinds=["partner"], limit=10_000)
            assert ("partner", partner) in hits, name


CatalogueModel.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_store_operations_keep_the_catalogue_consistent = CatalogueModel.TestCase
