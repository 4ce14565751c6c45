"""Numbered schema steps. Each runs in one transaction (sqlite-utils Migrations).

Released steps are never edited: a change to the schema is a new step, and a fixture catalogue of
each released version lives in tests/fixtures/ so opening old files stays tested.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database, Migrations

from store import sort_keys

MIGRATIONS = Migrations("partnerbook")

# Identifies a Partnerbook catalogue among SQLite files (ASCII "PBk1").
APPLICATION_ID = 0x50426B31

_COMMON = """
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
"""

# Fields of cooperation every new catalogue starts with (code, Vietnamese, English).
DEFAULT_FIELDS = [
    ("urban_planning", "Quy hoạch đô thị", "Urban planning"),
    ("transport", "Giao thông", "Transport"),
    ("environment", "Môi trường", "Environment"),
    ("water_sanitation", "Cấp thoát nước và vệ sinh môi trường", "Water and sanitation"),
    ("waste", "Quản lý chất thải", "Waste management"),
    ("heritage", "Di sản", "Heritage"),
    ("culture", "Văn hóa, nghệ thuật", "Culture and the arts"),
    ("tourism", "Du lịch", "Tourism"),
    ("economy_trade", "Kinh tế, thương mại", "Economy and trade"),
    ("investment", "Đầu tư", "Investment"),
    ("education_training", "Giáo dục, đào tạo", "Education and training"),
    ("health", "Y tế", "Health"),
    ("smart_city", "Thành phố thông minh, chuyển đổi số", "Smart city and digital transformation"),
    ("climate_energy", "Biến đổi khí hậu, năng lượng", "Climate change and energy"),
    ("science_innovation", "Khoa học, đổi mới sáng tạo", "Science and innovation"),
    ("sport", "Thể thao", "Sport"),
    ("people_exchange", "Giao lưu nhân dân", "People-to-people exchange"),
    ("agriculture", "Nông nghiệp", "Agriculture"),
    ("housing", "Nhà ở", "Housing"),
]


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE fields (
            code TEXT PRIMARY KEY,
            label_vi TEXT NOT NULL,
            label_en TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE our_side (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT '',
            deleted_at TEXT,
            {_COMMON}
        );
        CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            name_native TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            parent_id INTEGER REFERENCES partners(id),
            relation_since TEXT,
            relation_kind TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT '',
            deleted_at TEXT,
            {_COMMON}
        );
        CREATE INDEX partners_name_key ON partners(name_key);
        CREATE INDEX partners_country ON partners(country);
        CREATE INDEX partners_parent ON partners(parent_id);
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            in_post INTEGER NOT NULL DEFAULT 1,
            notes TEXT NOT NULL DEFAULT '',
            {_COMMON}
        );
        CREATE INDEX contacts_partner ON contacts(partner_id);
        CREATE TABLE partner_fields (
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            field_code TEXT NOT NULL REFERENCES fields(code),
            PRIMARY KEY (partner_id, field_code)
        );
        CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            our_side_id INTEGER REFERENCES our_side(id),
            signed_on TEXT,
            place TEXT NOT NULL DEFAULT '',
            signatories_ours TEXT NOT NULL DEFAULT '',
            signatories_partner TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            renews_id INTEGER REFERENCES agreements(id),
            summary TEXT NOT NULL DEFAULT '',
            articles INTEGER,
            stage TEXT NOT NULL DEFAULT 'signed',
            notes TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT '',
            deleted_at TEXT,
            {_COMMON}
        );
        CREATE INDEX agreements_renews ON agreements(renews_id);
        CREATE INDEX agreements_signed ON agreements(signed_on);
        CREATE INDEX agreements_valid_to ON agreements(valid_to);
        CREATE TABLE agreement_partners (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            PRIMARY KEY (agreement_id, partner_id)
        );
        CREATE INDEX agreement_partners_partner ON agreement_partners(partner_id);
        CREATE TABLE agreement_fields (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            field_code TEXT NOT NULL REFERENCES fields(code),
            PRIMARY KEY (agreement_id, field_code)
        );
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            field_code TEXT REFERENCES fields(code),
            period TEXT,
            status TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            {_COMMON}
        );
        CREATE INDEX activities_agreement ON activities(agreement_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            starts_on TEXT,
            ends_on TEXT,
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            our_side_id INTEGER REFERENCES our_side(id),
            leader TEXT NOT NULL DEFAULT '',
            delegation TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL DEFAULT '',
            deleted_at TEXT,
            {_COMMON}
        );
        CREATE INDEX events_starts ON events(starts_on);
        CREATE TABLE event_partners (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, partner_id)
        );
        CREATE INDEX event_partners_partner ON event_partners(partner_id);
        CREATE TABLE event_agreements (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, agreement_id)
        );
        CREATE INDEX event_agreements_agreement ON event_agreements(agreement_id);
        CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            action TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0,
            {_COMMON}
        );
        CREATE INDEX followups_event ON followups(event_id);
        CREATE INDEX followups_due ON followups(due);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{{}}'
        );
        CREATE INDEX history_record ON history(kind, record_id);
        -- Folded text (no accents, đ→d, lower case) computed in Python, so "da nang" finds
        -- "Đà Nẵng" and any SQLite tool can still read the file. `exact` keeps the accents to
        -- rank hits typed with their accents first. rowid = record id * 8 + kind number.
        CREATE VIRTUAL TABLE search_index USING fts5(
            folded, exact, tokenize = "unicode61 remove_diacritics 0"
        );
        """
    )
    db["fields"].insert_all(
        {"code": code, "label_vi": vi, "label_en": en, "position": i}
        for i, (code, vi, en) in enumerate(DEFAULT_FIELDS)
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@MIGRATIONS(name="0002_attachments")
def _attachments(db: Database) -> None:
    # Files held by a partner, agreement or event. The bytes sit in their own table so listing a
    # record's files never reads them; deleted_at puts a file in the Trash like a record.
    db.executescript(
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            record_kind TEXT NOT NULL CHECK (record_kind IN ('partner', 'agreement', 'event')),
            record_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        );
        CREATE INDEX attachments_record ON attachments(record_kind, record_id);
        CREATE TABLE attachment_data (
            attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
            data BLOB NOT NULL
        );
        """
    )


@MIGRATIONS(name="0003_list_order_indexes")
def _list_order_indexes(db: Database) -> None:
    # The orders of store.lists.PAGED: a list tab reads a page straight from one of these, so
    # sorting and scrolling a million events stays instant. Partial: lists show live records.
    for table, name, columns in (
        ("partners", "name", "name_key, id"),
        ("partners", "since", "relation_since, name_key, id"),
        ("agreements", "title", "name_key, id"),
        ("agreements", "signed", "signed_on, name_key, id"),
        ("agreements", "valid_to", "valid_to, name_key, id"),
        ("events", "dates", "starts_on, name_key, id"),
        ("events", "title", "name_key, id"),
        ("partners", "kind", "kind, name_key, id"),
        ("agreements", "kind", "kind, name_key, id"),
        ("events", "kind", "kind, name_key, id"),
        # Partners by country, events by place; and the country filter's choices, the countries
        # in use, found by skipping through these.
        ("partners", "country", "country, name_key, id"),
        ("events", "country", "country, city, name_key, id"),
    ):
        db.execute(
            f"CREATE INDEX {table}_list_{name} ON {table}({columns}) WHERE deleted_at IS NULL"
        )


@MIGRATIONS(name="0004_sort_keys")
def _sort_keys(db: Database) -> None:
    # Values of linked records that lists sort by, kept in columns (store/sort_keys.py).
    db.execute("ALTER TABLE partners ADD COLUMN last_event_on TEXT")
    db.execute("ALTER TABLE agreements ADD COLUMN partners_key TEXT")
    db.execute("ALTER TABLE events ADD COLUMN partners_key TEXT")
    sort_keys.refresh_all(db)
    for table, name, columns in (
        ("partners", "last_event", "last_event_on, name_key, id"),
        ("agreements", "partners", "partners_key, name_key, id"),
        ("events", "partners", "partners_key, name_key, id"),
    ):
        db.execute(
            f"CREATE INDEX {table}_list_{name} ON {table}({columns}) WHERE deleted_at IS NULL"
        )


@MIGRATIONS(name="0005_date_sort_keys")
def _date_sort_keys(db: Database) -> None:
    # The two list orders that depend on today, read from indexes (store/sort_keys.py): an
    # agreement's status that no day changes, and a partner's agreements in force counted for
    # the day held in `meta`. The status conditions (status.status_conditions) and the recount
    # of a new day are ranges of these indexes; `valid_to || '~'` is written as they write it.
    db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("ALTER TABLE agreements ADD COLUMN fixed_status TEXT")
    db.execute("ALTER TABLE partners ADD COLUMN in_force_count INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "INSERT INTO meta (name, value) VALUES (?, ?)", [sort_keys.COUNTED_ON, str(dt.date.today())]
    )
    sort_keys.refresh_all(db, only=("fixed_status", "in_force_count"))
    for table, name, columns in (
        ("agreements", "status_ends", "fixed_status, valid_to || '~', valid_from, name_key"),
        ("agreements", "status_starts", "fixed_status, valid_from"),
        ("partners", "in_force", "in_force_count, name_key, id"),
    ):
        db.execute(
            f"CREATE INDEX {table}_list_{name} ON {table}({columns}) WHERE deleted_at IS NULL"
        )


@MIGRATIONS(name="0006_period_indexes")
def _period_indexes(db: Database) -> None:
    # The period filter keeps records ending on or after its start and starting by its end
    # (store/lists.py `_where`, whose expressions these repeat exactly): records are found from
    # their ends, so a recent period reads a few index entries instead of every older record.
    # The agreements' index holds fixed_status too: without it SQLite chose this index, not
    # covering, to scan for the "in preparation" status (10 ms became 220).
    for table, end, rest in (
        ("events", "ends_on", "starts_on"),
        (
            "agreements",
            "coalesce(valid_to, valid_from, signed_on, '9999')",
            "valid_from, signed_on, fixed_status",
        ),
    ):
        db.execute(
            f"CREATE INDEX {table}_period_end ON {table}({end} || '~', {rest}) "
            "WHERE deleted_at IS NULL"
        )


SCHEMA_VERSION = len(MIGRATIONS._migrations)


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]
