import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.dates import DateError, PartialDate


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2001", "2001"),
        ("6/2018", "2018-06"),
        ("06/2018", "2018-06"),
        ("13/4/2023", "2023-04-13"),
        ("13–16/4/2023", "2023-04-13/2023-04-16"),
        ("13-16/4/2023", "2023-04-13/2023-04-16"),
        ("13/4/2023 - 16/4/2023", "2023-04-13/2023-04-16"),
        ("2023-04-13", "2023-04-13"),
        ("tháng 6/2018", "2018-06"),
        ("năm 2001", "2001"),
        ("đầu năm 2022", "2022"),
        ("2018 – 2021", "2018/2021"),
        ("13 Apr 2023", "2023-04-13"),
        ("  19-22/10/2024 ", "2024-10-19/2024-10-22"),
    ],
)
def test_reads_what_staff_type(typed: str, iso: str) -> None:
    assert PartialDate.parse(typed).iso == iso


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("31/2/2023", DateError.IMPOSSIBLE),
        ("13/13/2023", DateError.IMPOSSIBLE),
        ("16/4/2023 - 13/4/2023", DateError.END_BEFORE_START),
        ("2021 – 2018", DateError.END_BEFORE_START),
        ("soon", DateError.UNREADABLE),
        ("1/2/3/4", DateError.UNREADABLE),
    ],
)
def test_refuses_with_a_reason(typed: str, code: str) -> None:
    with pytest.raises(DateError) as error:
        PartialDate.parse(typed)
    assert error.value.code == code


def test_empty_is_no_date() -> None:
    assert PartialDate.parse("  ") is None


def test_formats_per_language() -> None:
    value = PartialDate.parse("13–16/4/2023")
    assert value.format("vi") == "13–16/04/2023"
    assert value.format("en") == "13 Apr 2023 – 16 Apr 2023"
    assert PartialDate.parse("6/2018").format("vi") == "06/2018"


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    precision = draw(st.sampled_from([4, 7, 10]))
    start = day.isoformat()[:precision]
    if draw(st.booleans()):
        return PartialDate(start)
    later = day + dt.timedelta(days=draw(st.integers(min_value=0, max_value=3000)))
    end = later.isoformat()[: draw(st.sampled_from([4, 7, 10]))]
    if PartialDate(end).last_day < PartialDate(start).first_day or end == start:
        return PartialDate(start)
    return PartialDate(start, end)


@given(partial_dates(), st.sampled_from(["vi", "en"]))
def test_format_then_parse_gives_the_same_date(value: PartialDate, lang: str) -> None:
    assert PartialDate.parse(value.format(lang)) == value
    assert PartialDate.from_iso(value.iso) == value


@given(partial_dates(), partial_dates())
def test_text_order_is_date_order(a: PartialDate, b: PartialDate) -> None:
    if a.start < b.start:
        assert a.first_day <= b.first_day
    if PartialDate(a.start).last_day < b.first_day:
        assert a.start < b.start
