"""Realistic synthetic catalogues of any size, for benchmarks and scale tests.

Rows are written in bulk (one transaction, executemany) rather than through `repository.save`,
which would take hours at a million events; every derived column (sort key, search text, uuid,
stamps) is filled exactly as a save would.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from store import sort_keys
from store.catalogue import Catalogue, now, os_user
from store.migrations import DEFAULT_FIELDS
from store.records import AGREEMENT_KINDS, EVENT_KINDS, PARTNER_KINDS, RELATION_KINDS
from store.search import KIND_NUMBERS
from store.text import exact, fold, sort_key

_PLACES = {
    "FR": [
        "Île-de-France",
        "Bretagne",
        "Occitanie",
        "Lyon",
        "Marseille",
        "Nantes",
        "Strasbourg",
        "Bordeaux",
        "Lille",
        "Toulouse",
    ],
    "KR": [
        "경기도",
        "서울특별시",
        "부산광역시",
        "인천광역시",
        "대구광역시",
        "Gyeonggi",
        "Busan",
        "Incheon",
        "Daegu",
        "Gwangju",
    ],
    "JP": [
        "東京都",
        "大阪府",
        "福岡市",
        "横浜市",
        "Kanagawa",
        "Hokkaidō",
        "Kyōto",
        "Nagoya",
        "Sendai",
        "Kobe",
    ],
    "CN": [
        "广西壮族自治区",
        "云南省",
        "上海市",
        "广州市",
        "Guangxi",
        "Yunnan",
        "Shenzhen",
        "Nanning",
        "Kunming",
        "Chengdu",
    ],
    "DE": [
        "Nordrhein-Westfalen",
        "Bayern",
        "Düsseldorf",
        "München",
        "Köln",
        "Leipzig",
        "Dresden",
        "Hamburg",
        "Bremen",
        "Essen",
    ],
    "US": [
        "California",
        "Oregon",
        "Seattle",
        "San Francisco",
        "Boston",
        "Chicago",
        "Denver",
        "Austin",
        "Portland",
        "Houston",
    ],
    "VN": [
        "Đà Nẵng",
        "Hải Phòng",
        "Thừa Thiên Huế",
        "Quảng Ninh",
        "Cần Thơ",
        "Bắc Ninh",
        "Đắk Lắk",
        "Khánh Hòa",
        "Nghệ An",
        "Bình Dương",
    ],
}
_PREFIX_VI = [
    "Thành phố",
    "Tỉnh",
    "Hội đồng",
    "Sở",
    "Trường Đại học",
    "Hiệp hội",
    "Cơ quan",
    "Tập đoàn",
    "Viện",
    "Quỹ",
]
_ORG = [
    "Agence",
    "Council",
    "Association",
    "Université",
    "Fondation",
    "Corporation",
    "Institute",
    "Bureau",
    "Centre",
    "Office",
]
_TOPICS = [
    "quy hoạch đô thị",
    "giao thông công cộng",
    "môi trường",
    "di sản",
    "du lịch",
    "thành phố thông minh",
    "đào tạo",
    "y tế",
    "năng lượng",
    "nước sạch",
]
_PEOPLE = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Quang Đức",
    "Phạm Thu Hằng",
    "Kim Min-jun",
    "Marie Dupont",
    "Jean Martin",
    "佐藤 健",
    "Hans Müller",
    "Emily Clark",
]
_ROLES = [
    "Chủ tịch",
    "Phó Chủ tịch",
    "Giám đốc",
    "Trưởng phòng",
    "Chuyên viên",
    "Thị trưởng",
    "Đại sứ",
]


def _date(rng: random.Random, start_year: int = 1986, end_year: int = 2026) -> str:
    day = dt.date(start_year, 1, 1) + dt.timedelta(
        days=rng.randrange((end_year - start_year) * 365)
    )
    precision = rng.choices([4, 7, 10], weights=[2, 3, 5])[0]
    return day.isoformat()[:precision]


def build(
    path: Path | str,
    partners: int,
    agreements: int,
    events: int,
    seed: int = 1,
    progress: Callable[[str, int, int], None] | None = None,
) -> Catalogue:
    """Create a new catalogue at `path` holding the given numbers of records."""
    rng = random.Random(seed)
    cat = Catalogue.create(path)
    stamp, user = now(), os_user()
    field_codes = [code for code, _, _ in DEFAULT_FIELDS]
    common = (stamp, user, stamp, user)
    say = progress or (lambda _what, _done, _total: None)

    def chunks(total: int, make: Callable[[int], tuple]) -> Iterator[list[tuple]]:
        batch: list[tuple] = []
        for i in range(1, total + 1):
            batch.append(make(i))
            if len(batch) == 10_000:
                yield batch
                batch = []
        if batch:
            yield batch

    def index_rows(kind: str, rows: list[tuple[int, str]]) -> None:
        number = KIND_NUMBERS[kind]
        cat.db.conn.executemany(
            "INSERT INTO search_index (rowid, folded, exact) VALUES (?, ?, ?)",
            [(i * 8 + number, fold(text), exact(text)) for i, text in rows],
        )

    with cat.transaction() as db:
        db.execute(
            "INSERT INTO our_side (id, name, name_en, name_key, uuid, created_at, created_by, updated_at, updated_by) "
            "VALUES (1, 'Ủy ban nhân dân thành phố Hà Nội', 'Hanoi People''s Committee', ?, ?, ?, ?, ?, ?)",
            [
                sort_key("Ủy ban nhân dân thành phố Hà Nội"),
                str(uuid.UUID(int=rng.getrandbits(128))),
                *common,
            ],
        )
        countries = list(_PLACES)

        def partner(i: int) -> tuple:
            country = rng.choice(countries)
            place = rng.choice(_PLACES[country])
            name = f"{rng.choice(_PREFIX_VI)} {place} {i}"
            native = f"{rng.choice(_ORG)} {place}"
            parent = rng.randrange(1, i) if i > 10 and rng.random() < 0.05 else None
            return (
                i,
                name,
                f"{place} {rng.choice(_ORG)} {i}",
                native,
                rng.choice(PARTNER_KINDS),
                country,
                parent,
                _date(rng) if rng.random() < 0.6 else None,
                rng.choice(RELATION_KINDS),
                sort_key(name),
                str(uuid.UUID(int=rng.getrandbits(128))),
                *common,
            )

        done = 0
        for batch in chunks(partners, partner):
            db.conn.executemany(
                "INSERT INTO partners (id, name, name_en, name_native, kind, country, parent_id, relation_since, "
                "relation_kind, name_key, uuid, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            db.conn.executemany(
                "INSERT INTO partner_fields (partner_id, field_code) VALUES (?, ?)",
                [(row[0], code) for row in batch for code in rng.sample(field_codes, 2)],
            )
            db.conn.executemany(
                "INSERT INTO contacts (partner_id, name, title, uuid, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        row[0],
                        rng.choice(_PEOPLE),
                        rng.choice(_ROLES),
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        *common,
                    )
                    for row in batch
                    if rng.random() < 0.5
                ],
            )
            index_rows("partner", [(row[0], f"{row[1]}\n{row[2]}\n{row[3]}") for row in batch])
            done += len(batch)
            say("partners", done, partners)

        def agreement(i: int) -> tuple:
            start = int(_date(rng, 1990, 2026)[:4])
            title = f"{rng.choice(['Bản ghi nhớ', 'Thỏa thuận hợp tác', 'Chương trình hành động'])} về {rng.choice(_TOPICS)} {i}"
            renews = i - 1 if i > 1 and rng.random() < 0.2 else None
            return (
                i,
                title,
                rng.choice(AGREEMENT_KINDS),
                1,
                f"{start}",
                f"{start}",
                f"{start + rng.randint(2, 6)}",
                renews,
                rng.choices(["signed", "proposed", "terminated"], weights=[8, 1, 1])[0],
                sort_key(title),
                str(uuid.UUID(int=rng.getrandbits(128))),
                *common,
            )

        done = 0
        for batch in chunks(agreements, agreement):
            db.conn.executemany(
                "INSERT INTO agreements (id, title, kind, our_side_id, signed_on, valid_from, valid_to, renews_id, "
                "stage, name_key, uuid, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            db.conn.executemany(
                "INSERT INTO agreement_partners (agreement_id, partner_id) VALUES (?, ?)",
                [
                    (row[0], p)
                    for row in batch
                    for p in {rng.randint(1, partners) for _ in range(rng.randint(1, 2))}
                ],
            )
            db.conn.executemany(
                "INSERT INTO agreement_fields (agreement_id, field_code) VALUES (?, ?)",
                [(row[0], code) for row in batch for code in rng.sample(field_codes, 3)],
            )
            index_rows("agreement", [(row[0], row[1]) for row in batch])
            done += len(batch)
            say("agreements", done, agreements)

        def event(i: int) -> tuple:
            start = _date(rng)
            end = (
                start
                if len(start) < 10 or rng.random() < 0.5
                else (
                    dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(1, 5))
                ).isoformat()
            )
            country = rng.choice(countries)
            title = f"{rng.choice(['Đoàn', 'Hội nghị', 'Hội thảo', 'Tiếp đoàn', 'Khóa đào tạo'])} {rng.choice(_TOPICS)} tại {rng.choice(_PLACES[country])} {i}"
            return (
                i,
                title,
                rng.choice(EVENT_KINDS),
                start,
                end,
                rng.choice(_PLACES[country]),
                country,
                1,
                rng.choice(_PEOPLE),
                sort_key(title),
                str(uuid.UUID(int=rng.getrandbits(128))),
                *common,
            )

        done = 0
        for batch in chunks(events, event):
            db.conn.executemany(
                "INSERT INTO events (id, title, kind, starts_on, ends_on, city, country, our_side_id, leader, "
                "name_key, uuid, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            db.conn.executemany(
                "INSERT INTO event_partners (event_id, partner_id) VALUES (?, ?)",
                [
                    (row[0], p)
                    for row in batch
                    for p in {rng.randint(1, partners) for _ in range(rng.randint(1, 3))}
                ],
            )
            if agreements:
                db.conn.executemany(
                    "INSERT INTO event_agreements (event_id, agreement_id) VALUES (?, ?)",
                    [(row[0], rng.randint(1, agreements)) for row in batch if rng.random() < 0.3],
                )
            db.conn.executemany(
                "INSERT INTO followups (event_id, action, due, uuid, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        row[0],
                        f"Báo cáo kết quả {row[0]}",
                        row[3],
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        *common,
                    )
                    for row in batch
                    if rng.random() < 0.1
                ],
            )
            index_rows("event", [(row[0], f"{row[1]}\n{row[5]}\n{row[8]}") for row in batch])
            done += len(batch)
            say("events", done, events)
        sort_keys.refresh_all(db)
    return cat
