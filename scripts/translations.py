"""Refresh the translations: extract strings (lupdate), complete English, compile (lrelease).

    python scripts/translations.py          # after changing visible strings
    python scripts/translations.py --check  # exit 1 if a .ts is stale, unfinished or lost a placeholder

Vietnamese is translated by hand in resources/translations/partnerbook_vi.ts (Qt Linguist or any
editor). English is the source language: its .ts copies each source text as its translation.
qtbase_vi.ts translates Qt's own buttons and dialogs, which Qt ships no Vietnamese for.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGS = ("vi", "en")
_BIN = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return FOLDER / f"partnerbook_{lang}.ts"


def lupdate(lang: str) -> None:
    subprocess.run(
        [
            str(_BIN / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            "-ts",
            str(ts_path(lang)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = (
                translation.findall("numerusform")
                or [ET.SubElement(translation, "numerusform")] * 2
            )
            for form in forms:
                form.text = message.findtext("source")
        else:
            translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def problems(lang: str) -> list[str]:
    """Unfinished or empty translations, and translations that lost a placeholder."""
    found = []
    for context in ET.parse(ts_path(lang)).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            texts = [translation.text or ""] if translation is not None else []
            if translation is not None and translation.findall("numerusform"):
                texts = [f.text or "" for f in translation.findall("numerusform")]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not all(t.strip() for t in texts)
            ):
                found.append(f"{lang}: {name}: untranslated: {source!r}")
                continue
            wanted = sorted(_PLACEHOLDER.findall(source))
            for text in texts:
                if sorted(_PLACEHOLDER.findall(text)) != wanted:
                    found.append(f"{lang}: {name}: placeholders differ: {source!r} -> {text!r}")
    return found


def lrelease(ts: Path) -> None:
    subprocess.run(
        [str(_BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    for lang in LANGS:
        lupdate(lang)
    fill_english()
    issues = [p for lang in LANGS for p in problems(lang)]
    for ts in sorted(FOLDER.glob("*.ts")):
        lrelease(ts)
    print("\n".join(issues) or "translations complete")
    return 1 if issues and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
