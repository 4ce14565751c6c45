"""The content of every printed document, from the sample catalogue, as plain data."""

import datetime as dt

import pytest

from store import reports, repository
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.records import Event
from store.stats import stats

TODAY = dt.date(2026, 11, 24)


def _id(cat, table: str, column: str, value: str) -> int:
    return cat.db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [value]).fetchone()[0]


@pytest.mark.parametrize(
    ("since", "today", "expected"),
    [
        ("1996", dt.date(2026, 11, 24), (2026, 30)),  # Hanoi–Seoul: 30 years in 2026
        ("2001", dt.date(2026, 1, 1), (2026, 25)),
        ("2024-10", dt.date(2026, 11, 24), (2029, 5)),
        ("1996", dt.date(2027, 1, 1), (2031, 35)),
        ("2026", dt.date(2026, 5, 1), (2031, 5)),
        ("2030", dt.date(2026, 5, 1), (2035, 5)),
    ],
)
def test_next_anniversary_is_the_next_multiple_of_five_years(since, today, expected) -> None:
    found = reports.next_anniversary(PartialDate.from_iso(since), today)
    assert (found.year, found.years) == expected
    assert reports.next_anniversary(None, today) is None


def test_partner_profile_of_ile_de_france(cat) -> None:
    idf = _id(cat, "partners", "name_en", "Île-de-France Regional Council")
    profile = reports.partner_profile(cat, idf, TODAY)
    assert profile.partner.name_native == "Conseil régional d'Île-de-France"
    assert profile.anniversary == reports.Anniversary(2026, 25)
    statuses = {a.title_en: a.status for a in profile.agreements}
    assert statuses == {
        "Hanoi – Île-de-France Action Programme 2022–2025": "expired",
        "Hanoi – Île-de-France Cooperation Agreement 2018–2021": "renewed",
        "Hanoi – Île-de-France Urban Development Cooperation Project (IMV)": "in_force",
    }
    assert all(a.countries == ["FR"] for a in profile.agreements)
    # Newest first; nothing planned after 2023.
    assert [e.dates.iso for e in profile.recent_events] == [
        "2023-04-13/2023-04-16",
        "2022",
        "2018-06",
    ]
    assert profile.planned_events == [] and profile.earlier_events == 0
    assert len(profile.fields) == 11 and profile.fields[0].label_en == "Urban planning"
    timeline = profile.timeline
    assert timeline.start == dt.date(2001, 1, 1) and timeline.end == dt.date(2026, 12, 31)
    assert [b.end for b in timeline.bars] == [None, dt.date(2021, 12, 31), dt.date(2025, 12, 31)]
    assert len(timeline.marks) == 3 and timeline.relation_since == dt.date(2001, 1, 1)


def test_profile_lists_planned_events_and_open_followups(cat) -> None:
    seoul = _id(cat, "partners", "name_en", "Seoul")
    repository.save(
        cat,
        EVENTS,
        Event(
            title="Kỷ niệm 30 năm quan hệ Hà Nội – Seoul",
            kind="inbound",
            dates=PartialDate.parse("10/2026 - 12/2026"),
            partner_ids=[seoul],
        ),
    )
    profile = reports.partner_profile(cat, seoul, TODAY)
    assert profile.anniversary == reports.Anniversary(2026, 30)
    assert [e.title for e in profile.planned_events] == ["Kỷ niệm 30 năm quan hệ Hà Nội – Seoul"]
    assert [f.action for f in profile.followups] == [
        "Nghiên cứu tổ chức các hoạt động kỷ niệm 30 năm thiết lập quan hệ Hà Nội – Seoul"
    ]
    assert [c.name for c in profile.contacts] == ["Oh Se Hoon"]
    assert [m.name for m in profile.members] == ["Hội đồng thành phố Seoul"]


def test_recent_events_are_limited_unless_all_are_asked(cat) -> None:
    gyeonggi = _id(cat, "partners", "name_native", "경기도")
    for year in range(2000, 2012):
        repository.save(
            cat,
            EVENTS,
            Event(title=f"Sự kiện {year}", dates=PartialDate(str(year)), partner_ids=[gyeonggi]),
        )
    short = reports.partner_profile(cat, gyeonggi, TODAY, recent_events=8)
    assert len(short.recent_events) == 8 and short.earlier_events == 6
    full = reports.partner_profile(cat, gyeonggi, TODAY, recent_events=None)
    assert len(full.recent_events) == 14 and full.earlier_events == 0


def test_agreement_sheet_knows_what_it_renews_and_what_renewed_it(cat) -> None:
    earlier = _id(
        cat, "agreements", "title_en", "Hanoi – Île-de-France Cooperation Agreement 2018–2021"
    )
    later = _id(cat, "agreements", "title_en", "Hanoi – Île-de-France Action Programme 2022–2025")
    sheet = reports.agreement_sheet(cat, earlier, TODAY)
    assert sheet.status == "renewed"
    assert [a.id for a in sheet.renewed_by] == [later] and sheet.renews is None
    assert [p.name for p in sheet.partners] == ["Hội đồng vùng Île-de-France"]
    assert sheet.our_side.name_en == "Hanoi People's Committee"
    assert [e.title_en for e in sheet.events] == [
        "Hanoi People's Committee Chairman's working visit to France"
    ]
    assert reports.agreement_sheet(cat, later, TODAY).renews.id == earlier
    imv = reports.agreement_sheet(
        cat,
        _id(
            cat,
            "agreements",
            "title_en",
            "Hanoi – Île-de-France Urban Development Cooperation Project (IMV)",
        ),
        TODAY,
    )
    assert len(imv.activities) == 15 and imv.activity_fields["transport"].label_en == "Transport"


def test_event_brief_introduces_each_partner(cat) -> None:
    visit = _id(cat, "events", "title_en", "Hanoi delegation's working visit to Korea")
    brief = reports.event_brief(cat, visit, TODAY)
    assert [b.partner.name_native for b in brief.partners] == [
        "대한민국 국회",
        "경기도",
        "경기주택도시공사",
        "서울특별시",
        "서울특별시의회",
    ]
    gyeonggi = brief.partners[1]
    assert [a.status for a in gyeonggi.agreements] == ["in_force"]
    assert [c.name for c in brief.partners[3].contacts] == ["Oh Se Hoon"]
    assert brief.partners[2].partner.parent.name == "Tỉnh Gyeonggi"
    assert len(brief.agreements) == 3 and brief.our_side.name_en == "Hanoi People's Committee"


def test_expiring_report(cat) -> None:
    june_2025 = dt.date(2025, 6, 1)
    report = reports.expiring(cat, 12, today=june_2025)
    assert [a.title_en for a in report.expiring] == [
        "Hanoi – Île-de-France Action Programme 2022–2025"
    ]
    assert report.expiring[0].status == "expiring"
    assert reports.expiring(cat, 12, country="KR", today=june_2025).expiring == []
    assert reports.expiring(cat, 3, today=june_2025).expiring == []  # ends in 7 months
    later = reports.expiring(cat, 12, today=dt.date(2026, 6, 1))
    assert [a.title_en for a in later.recently_expired] == [
        "Hanoi – Île-de-France Action Programme 2022–2025"
    ]
    # The 2018–2021 agreement ended too, but it was renewed: not reported.
    assert reports.expiring(cat, 12, today=dt.date(2022, 6, 1)).recently_expired == []


def test_delegation_log_counts_by_direction_country_and_partner(cat) -> None:
    report = reports.delegations(cat, dt.date(2018, 1, 1), dt.date(2024, 12, 31))
    assert [e.title_en for e in report.outbound] == [
        "Hanoi People's Committee Chairman's working visit to France",
        "Hanoi delegation's working visit to Korea",
        "Buon Ma Thuot City People's Committee delegation's working visit to France",
    ]
    assert report.inbound == []
    counts = {c.country: (c.outbound, c.inbound) for c in report.by_country}
    assert counts["FR"] == (2, 0) and counts["KR"] == (1, 0)
    assert sum(c.outbound for c in report.by_country) == 3
    assert report.by_partner[0].outbound >= report.by_partner[-1].outbound
    korea = reports.delegations(cat, dt.date(2018, 1, 1), dt.date(2024, 12, 31), country="KR")
    assert len(korea.outbound) == 1 and all(c.country == "KR" for c in korea.by_country)
    assert reports.delegations(cat, dt.date(2019, 1, 1), dt.date(2019, 12, 31)).outbound == []


def test_an_inbound_delegation_counts_for_the_partners_country(cat) -> None:
    seoul = _id(cat, "partners", "name_en", "Seoul")
    repository.save(
        cat,
        EVENTS,
        Event(
            title="Đoàn Seoul thăm Hà Nội",
            kind="inbound",
            dates=PartialDate.parse("5/2025"),
            country="VN",
            partner_ids=[seoul],
        ),
    )
    report = reports.delegations(cat, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert [e.title for e in report.inbound] == ["Đoàn Seoul thăm Hà Nội"]
    assert [(c.country, c.inbound) for c in report.by_country] == [("KR", 1)]


def test_directory_groups_partners_by_country(cat) -> None:
    report = reports.directory(cat, today=TODAY)
    countries = [g.country for g in report.groups]
    assert countries[-1] == "" and set(countries) == {"", "CA", "FR", "KR"}
    total = sum(len(g.entries) for g in report.groups)
    assert total == stats(cat).by_kind["partner"]
    korea = reports.directory(cat, country="KR", today=TODAY)
    assert [g.country for g in korea.groups] == ["KR"]
    seoul = next(e for e in korea.groups[0].entries if e.partner.name_en == "Seoul")
    assert [c.name for c in seoul.contacts] == ["Oh Se Hoon"]
    assert seoul.website == "https://www.seoul.go.kr" and seoul.last_event.iso == "2024-10-22"
    assert reports.directory(cat, kind="embassy").groups[0].entries[0].partner.kind == "embassy"


def test_catalogue_holds_every_live_record(cat) -> None:
    counts = stats(cat, TODAY).by_kind
    report = reports.catalogue(cat, TODAY)
    assert len(report.partners) == counts["partner"]
    assert len(report.agreements) == counts["agreement"]
    assert len(report.events) == counts["event"]
    assert sum(report.agreements_by_status.values()) == counts["agreement"]
