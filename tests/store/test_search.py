import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import repository, search
from store.partners import SPEC as PARTNERS
from store.records import Partner
from store.text import fold, words


def names_of(cat, hits):
    return [repository.load(cat, PARTNERS, i).name for k, i in hits if k == "partner"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ile de france", "Hội đồng vùng Île-de-France"),
        ("gyeonggi", "Tỉnh Gyeonggi"),
        ("경기도", "Tỉnh Gyeonggi"),
        ("경기", "Tỉnh Gyeonggi"),
        ("hoi dong seoul", "Hội đồng thành phố Seoul"),
        ("OLIVIER", "Cơ quan quy hoạch thành phố Paris (APUR)"),
    ],
)
def test_finds_sample_partners_without_accents(cat, typed: str, expected: str) -> None:
    assert expected in names_of(cat, search.search(cat, typed, ["partner"]))


def test_d_bar_matches_d(empty_cat) -> None:
    repository.save(empty_cat, PARTNERS, Partner(name="Đà Nẵng"))
    assert names_of(empty_cat, search.search(empty_cat, "da nang")) == ["Đà Nẵng"]


def test_accents_typed_rank_their_match_first(empty_cat) -> None:
    repository.save(empty_cat, PARTNERS, Partner(name="Sở Dương"))
    repository.save(empty_cat, PARTNERS, Partner(name="Sở Đường"))
    assert names_of(empty_cat, search.search(empty_cat, "đường")) == ["Sở Đường", "Sở Dương"]
    assert names_of(empty_cat, search.search(empty_cat, "dương")) == ["Sở Dương", "Sở Đường"]


def test_a_limit_keeps_the_best_hits(empty_cat) -> None:
    """Many weaker hits saved first (lower ids) must not crowd out the few better ones."""
    for n in range(30):
        repository.save(empty_cat, PARTNERS, Partner(name=f"Sở Dương {n}"))
        repository.save(empty_cat, PARTNERS, Partner(name=f"Dương thuộc Sở {n}"))
    repository.save(empty_cat, PARTNERS, Partner(name="Sở Đường mới"))
    repository.save(empty_cat, PARTNERS, Partner(name="Sở Đường"))
    hits = names_of(empty_cat, search.search(empty_cat, "sở đường", limit=4))
    assert hits[:2] == ["Sở Đường", "Sở Đường mới"]
    assert len(hits) == 4 and all(name.startswith("Sở Dương") for name in hits[2:])


@pytest.mark.parametrize(
    "typed",
    [
        'zürich"',
        "multi-agent",
        "AND",
        "(",
        ")",
        "*",
        '"',
        "NEAR(a b)",
        "a OR b",
        "'",
        "^x",
        ":",
        "-",
        "\x00",
    ],
)
def test_any_text_is_a_valid_search(cat, typed: str) -> None:
    assert isinstance(search.search(cat, typed), list)


_letters = st.sampled_from(
    list(
        "abcdeghiklmnopqrstuvxyăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵçëïîœ"
    )
    + list("경기도서울특별시의회한국")
)
_word = st.text(_letters, min_size=1, max_size=8)


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(st.lists(_word, min_size=1, max_size=4), st.integers(min_value=1, max_value=8))
def test_every_name_is_found_by_the_folded_prefix_of_each_word(empty_cat, parts, prefix) -> None:
    name = " ".join(parts)
    saved = repository.save(empty_cat, PARTNERS, Partner(name=name))
    try:
        for word in words(fold(name)):
            hits = search.search(empty_cat, word[:prefix], ["partner"], limit=10_000)
            assert ("partner", saved.id) in hits
    finally:
        repository.delete(empty_cat, PARTNERS, saved.id)
