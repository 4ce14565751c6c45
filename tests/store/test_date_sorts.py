"""The two list orders that depend on today (agreements by status, partners by agreements in
force) read from kept keys and indexes must stay exactly what computing them afresh gives:
after every kind of write, and as the days pass."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from store import lists, repository, sort_keys
from store.agreements import SPEC as AGREEMENTS
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.exchange import files, importer
from store.partners import SPEC as PARTNERS
from store.records import STAGES, Agreement, Partner
from store.repository import InvalidRecordError
from store.status import add_months, fixed_status_sql

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DAY = dt.date(2026, 3, 15)
DATED = [("agreement", "status"), ("partner", "agreements_in_force")]


def stale_keys(cat: Catalogue) -> int:
    """Records whose kept status or count differs from computing it afresh."""
    day = sort_keys.counted_on(cat.db)
    stale = cat.db.execute(
        f"SELECT count(*) FROM agreements a WHERE a.fixed_status IS NOT {fixed_status_sql('a')}"
    ).fetchone()[0]
    return (
        stale
        + cat.db.execute(
            "SELECT count(*) FROM partners p "
            f"WHERE p.in_force_count != {sort_keys.in_force_count_sql('p', day)}"
        ).fetchone()[0]
    )


def assert_orders_as_computed(cat: Catalogue, day: dt.date) -> None:
    assert stale_keys(cat) == 0
    ctx = lists.Context(today=day)
    for kind, column in DATED:
        for descending in (False, True):
            whole = lists.list_ids(cat, kind, None, column, descending, ctx)
            paged = lists.listing(cat, kind, None, column, descending, ctx)
            assert isinstance(paged, lists._Paged)
            shown = [i for s in range(0, len(whole), 3) for i in paged.ids(s, s + 3)]
            assert shown == whole, (kind, descending)


def random_date(rng: random.Random) -> PartialDate | None:
    """Dates around DAY and the end of its expiry window, at every precision, or none."""
    near = rng.choice([DAY, add_months(DAY, 6), DAY - dt.timedelta(days=400)])
    near += dt.timedelta(days=rng.randint(-3, 3))
    return rng.choice(
        [None, PartialDate(str(near.year)), PartialDate(near.isoformat()[:7])]
        + [PartialDate(near.isoformat())] * 3
    )


class Office:
    """Random writes through the repository, as staff make them."""

    def __init__(self, cat: Catalogue, seed: int) -> None:
        self.cat, self.rng = cat, random.Random(seed)
        self.partners: list[int] = []
        self.agreements: list[int] = []

    def new_partner(self) -> None:
        name = self.rng.choice(["Lyon", "Busan", "Hà Nội"])  # ties in the name too
        self.partners.append(repository.save(self.cat, PARTNERS, Partner(name=name)).id)

    def _fill(self, a: Agreement) -> None:
        rng = self.rng
        a.title = rng.choice(["Thỏa thuận", "MOU", "Biên bản"])
        a.stage = rng.choice([*STAGES, "signed", "signed", "signed"])
        a.valid_from, a.valid_to = random_date(rng), random_date(rng)
        a.partner_ids = rng.sample(self.partners, min(len(self.partners), rng.randint(0, 3)))
        a.renews_id = rng.choice([None, *self.agreements]) if rng.random() < 0.4 else None

    def new_agreement(self) -> None:
        a = Agreement()
        self._fill(a)
        # An end before the start, a renewal of a later agreement: refused, as in the app.
        with contextlib.suppress(InvalidRecordError):
            self.agreements.append(repository.save(self.cat, AGREEMENTS, a).id)

    def edit_agreement(self) -> None:
        record_id = self.rng.choice(self.agreements)
        if not repository.exists(self.cat, AGREEMENTS, record_id):
            return  # a record in the Trash is not edited
        a = repository.load(self.cat, AGREEMENTS, record_id)
        self._fill(a)
        if a.renews_id == a.id:
            a.renews_id = None
        with contextlib.suppress(InvalidRecordError):
            repository.save(self.cat, AGREEMENTS, a)

    def trash_or_restore(self) -> None:
        spec, ids = self.rng.choice([(AGREEMENTS, self.agreements), (PARTNERS, self.partners)])
        record_id = self.rng.choice(ids)
        if repository.exists(self.cat, spec, record_id):
            repository.delete(self.cat, spec, record_id)
        else:
            repository.restore(self.cat, spec, record_id)

    def purge(self) -> None:
        spec, ids = self.rng.choice([(AGREEMENTS, self.agreements), (PARTNERS, self.partners)])
        record_id = self.rng.choice(ids)
        if not repository.exists(self.cat, spec, record_id):
            repository.purge(self.cat, spec, record_id)
            ids.remove(record_id)

    def step(self) -> None:
        if len(self.partners) < 4:
            self.new_partner()
        elif len(self.agreements) < 4:
            self.new_agreement()
        else:
            steps = [self.new_partner, self.new_agreement, self.edit_agreement]
            steps += [self.new_agreement, self.edit_agreement, self.trash_or_restore, self.purge]
            self.rng.choice(steps)()


@pytest.mark.parametrize("seed", range(4))
def test_orders_stay_as_computed_after_every_write_and_day(tmp_path: Path, seed: int) -> None:
    cat = Catalogue.create(tmp_path / "office.partnerbook")
    sort_keys.keep_counts_current(cat, DAY)
    office = Office(cat, seed)
    day = DAY
    for step in range(60):
        office.step()
        if step % 10 == 9:  # days pass, one or many at a time; the clock may even go back
            day += dt.timedelta(days=office.rng.choice([1, 2, 30, 183, 400, -500]))
            sort_keys.keep_counts_current(cat, day)
        assert sort_keys.counted_on(cat.db) == day
        assert_orders_as_computed(cat, day)
    cat.close()


def test_a_day_without_kept_counts_is_counted_afresh(tmp_path: Path) -> None:
    cat = Catalogue.create(tmp_path / "office.partnerbook")
    office = Office(cat, 7)
    for _ in range(30):
        office.step()
    later = dt.date.today() + dt.timedelta(days=200)
    ctx = lists.Context(today=later)
    read = lists.listing(cat, "partner", None, "agreements_in_force", False, ctx)
    assert isinstance(read, lists._ReadOnce)
    assert read.all_ids() == lists.list_ids(cat, "partner", None, "agreements_in_force", False, ctx)
    cat.close()


def test_opening_moves_the_counts_to_today_unless_read_only(tmp_path: Path) -> None:
    path = tmp_path / "office.partnerbook"
    cat = Catalogue.create(path)
    office = Office(cat, 3)
    for _ in range(30):
        office.step()
    sort_keys.keep_counts_current(cat, dt.date.today() - dt.timedelta(days=365))
    cat.close()

    read_only = Catalogue.open(path, read_only=True)
    assert sort_keys.counted_on(read_only.db) == dt.date.today() - dt.timedelta(days=365)
    listing = lists.listing(read_only, "partner", None, "agreements_in_force")
    assert isinstance(listing, lists._ReadOnce)  # counted afresh for today
    assert listing.all_ids() == lists.list_ids(read_only, "partner", None, "agreements_in_force")
    read_only.close()

    cat = Catalogue.open(path)
    assert sort_keys.counted_on(cat.db) == dt.date.today()
    assert_orders_as_computed(cat, dt.date.today())
    cat.close()


def test_migrating_a_catalogue_keeps_its_orders(tmp_path: Path) -> None:
    path = tmp_path / "v4.partnerbook"
    shutil.copy(FIXTURES / "catalogue-v4.partnerbook", path)
    old = Catalogue.open(path, read_only=True)  # not migrated: computed as list_ids does
    before = {(k, c): lists.list_ids(old, k, None, c) for k, c in DATED}
    old.close()
    cat = Catalogue.open(path, backup_folder=tmp_path / "backups")
    assert_orders_as_computed(cat, dt.date.today())
    after = {(k, c): lists.listing(cat, k, None, c).all_ids() for k, c in DATED}
    assert after == before
    cat.close()


def test_an_import_keeps_the_orders(tmp_path: Path) -> None:
    cat = Catalogue.create(tmp_path / "office.partnerbook")
    for name in ("Lyon", "Busan", "Gyeonggi"):
        repository.save(cat, PARTNERS, Partner(name=name))
    today = dt.date.today()
    rows = [
        ["Lyon", "", str(today.year)],
        ["Lyon; Busan", (today + dt.timedelta(days=1)).isoformat(), ""],
        ["Busan", "", today.isoformat()],
        ["Gyeonggi", str(today.year - 1), str(today.year + 3)],
        ["Gyeonggi; Lyon", "", str(today.year - 1)],
    ]
    path = tmp_path / "agreements.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Tên thỏa thuận", "Đối tác", "Hiệu lực từ", "Hiệu lực đến"])
        writer.writerows([f"Thỏa thuận {i}", *row] for i, row in enumerate(rows))
    plan = importer.plan(cat, files.read(path), importer.Options(kind="agreement"))
    assert importer.apply(cat, plan, backup=False).added == len(rows)
    counts = dict(cat.db.execute("SELECT name, in_force_count FROM partners").fetchall())
    assert counts == {"Lyon": 1, "Busan": 1, "Gyeonggi": 1}  # rows 0, 2 and 3 are in force
    assert_orders_as_computed(cat, today)
    cat.close()
