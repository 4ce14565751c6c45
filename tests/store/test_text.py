import unicodedata

from store.text import clean, fold, sort_key


def test_fold_drops_accents_and_folds_d_bar() -> None:
    assert fold("Đà Nẵng") == "da nang"
    assert fold("Île-de-France") == "ile-de-france"
    assert fold("경기도") == "경기도"


def test_clean_stores_nfc_without_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Hà Nội")
    assert clean(f"  {decomposed}\x00 ") == "Hà Nội"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_vietnamese_alphabetical_order() -> None:
    names = [
        "Đà Nẵng",
        "Bắc Ninh",
        "Dĩ An",
        "An Giang",
        "Ăn",
        "Âu",
        "Ê",
        "Eo",
        "Hà Nội",
        "Hải Phòng",
    ]
    ordered = sorted(names, key=sort_key)
    assert ordered == [
        "An Giang",
        "Ăn",
        "Âu",
        "Bắc Ninh",
        "Dĩ An",
        "Đà Nẵng",
        "Eo",
        "Ê",
        "Hà Nội",
        "Hải Phòng",
    ]


def test_tones_only_break_ties() -> None:
    assert sorted(["mà", "ma", "mả", "mạ", "má", "mã"], key=sort_key) == [
        "ma",
        "mà",
        "má",
        "mả",
        "mã",
        "mạ",
    ]
    assert sort_key("mạ") < sort_key("mai")


def test_fold_drops_every_combining_mark_and_only_those() -> None:
    # Accents of Latin letters, and the rarer marks of other scripts (kana voicing, Hebrew).
    assert fold("Nguyễn Đức Thắng") == "nguyen duc thang"
    assert fold("か\u3099") == "か" and fold("ガ") == "カ"
    assert fold("\u05e9\u05c1") == "\u05e9"
    # A joiner that is not a combining mark stays; Hangul syllables are kept whole.
    assert fold("a\u034fb") == "a\u034fb"
    assert fold("경기도") == "경기도"
    for code in range(0x300, 0x370):  # the marks folded by a regex: the same as one by one
        text = unicodedata.normalize("NFD", ("e" + chr(code)).casefold())
        expected = "".join(ch for ch in text if not unicodedata.combining(ch))
        assert fold("e" + chr(code)) == unicodedata.normalize("NFC", expected), hex(code)
