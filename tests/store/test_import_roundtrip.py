"""Export then import gives the same records; formulas are neutralised; JSON merges by UUID."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from store import repository
from store.catalogue import Catalogue
from store.exchange import export, files, importer, merge
from store.exchange.importer import Options
from store.partners import SPEC as PARTNERS
from store.records import Partner

KINDS = ("partner", "agreement", "event", "contact")


def _rows(cat: Catalogue, kind: str) -> list[list]:
    return sorted(export.table_rows(cat, kind, lang="en")[1], key=repr)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_spreadsheet_round_trip(
    cat: Catalogue, empty_cat: Catalogue, tmp_path: Path, suffix: str, lang: str
) -> None:
    for kind in KINDS:
        headers, rows = export.table_rows(cat, kind, lang=lang)
        path = tmp_path / f"{kind}{suffix}"
        writer = export.write_xlsx if suffix == ".xlsx" else export.write_csv
        writer(path, headers, rows)
        plan = importer.plan(empty_cat, files.read(path), Options())
        assert plan.kind == kind and not plan.rejected, plan.rejected
        importer.apply(empty_cat, plan, backup=False)
    for kind in KINDS:
        assert _rows(empty_cat, kind) == _rows(cat, kind), kind
    # Importing the same files again finds every row already there.
    plan = importer.plan(empty_cat, files.read(tmp_path / f"partner{suffix}"), Options())
    assert plan.count("add") == 0 and plan.count("skip") == len(plan.rows) > 0


def _without_versions(value):
    if isinstance(value, dict):
        return {k: _without_versions(v) for k, v in value.items() if k != "version"}
    if isinstance(value, list):
        return [_without_versions(v) for v in value]
    return value


def _children_unstamped(data: dict) -> dict:
    """Children are written anew, with new stamps; their content and UUIDs are kept."""
    for table in ("partners", "agreements", "events"):
        for record in data[table]:
            for name in ("contacts", "activities", "followups"):
                for child in record.get(name, []):
                    for stamp in ("created_at", "created_by", "updated_at", "updated_by"):
                        child.pop(stamp)
    return _without_versions(data)


def test_json_round_trip(cat: Catalogue, empty_cat: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    export.write_json(path, cat)
    again = tmp_path / "again.json"
    export.write_json(again, cat)
    assert path.read_bytes() == again.read_bytes()  # stable, diff-able
    text = path.read_text(encoding="utf-8")
    assert '\n  "agreements": [' in text and "Île-de-France" in text
    plan = merge.plan_merge(empty_cat, merge.read_json(path))
    assert sum(map(len, plan.new.values())) == 51 and not plan.conflicts
    merge.apply_merge(empty_cat, plan, backup=False)
    ours, theirs = export.catalogue_json(cat), export.catalogue_json(empty_cat)
    assert _children_unstamped(theirs) == _children_unstamped(ours)
    # Merging the same export again changes nothing.
    plan = merge.plan_merge(empty_cat, merge.read_json(path))
    assert plan.same == 51 and not any(plan.new.values()) and not plan.conflicts


def test_formulas_are_neutralised(empty_cat: Catalogue, tmp_path: Path) -> None:
    hostile = {
        '=HYPERLINK("http://evil.example","click")': "=1+1",
        "+84 24 3825 3536": "-2+3",
        "@SUM(A1:A2)": "ghi chú thường",
    }
    for name, notes in hostile.items():
        repository.save(empty_cat, PARTNERS, Partner(name=name, notes=notes))
    headers, rows = export.table_rows(empty_cat, "partner")
    export.write_xlsx(tmp_path / "p.xlsx", headers, rows)
    export.write_csv(tmp_path / "p.csv", headers, rows)
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value]
    assert all(c.data_type == "s" for c in cells)
    assert {c.value for c in cells} >= {"'=1+1", "'+84 24 3825 3536", "'@SUM(A1:A2)", "'-2+3"}
    assert "ghi chú thường" in {c.value for c in cells}
    assert '"\'=HYPERLINK(""http' in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    for suffix in (".xlsx", ".csv"):
        target = Catalogue.create(tmp_path / f"t{suffix}.partnerbook")
        importer.apply(
            target,
            importer.plan(target, files.read(tmp_path / f"p{suffix}"), Options()),
            backup=False,
        )
        stored = dict(target.db.execute("SELECT name, notes FROM partners").fetchall())
        assert stored == hostile
        target.close()


def test_merge_of_two_diverged_copies(sample_path: Path, tmp_path: Path) -> None:
    theirs_path = tmp_path / "theirs.partnerbook"
    shutil.copy(sample_path, theirs_path)
    ours, theirs = Catalogue.open(sample_path), Catalogue.open(theirs_path)
    ids = [r[0] for r in ours.db.execute("SELECT id FROM partners ORDER BY id LIMIT 2")]
    both, only_theirs = ids
    mine = repository.load(ours, PARTNERS, both)
    original_notes = mine.notes
    mine.notes = "our note"
    repository.save(ours, PARTNERS, mine)
    other = repository.load(theirs, PARTNERS, both)
    other.phone = "+33 1 53 85 53 85"
    repository.save(theirs, PARTNERS, other)
    changed = repository.load(theirs, PARTNERS, only_theirs)
    original_website = changed.website
    changed.website = "https://example.org"
    repository.save(theirs, PARTNERS, changed)
    new = repository.save(theirs, PARTNERS, Partner(name="Thành phố Lyon", country="FR"))
    # Their edit of `both` is the later one.
    theirs.db.execute(
        "UPDATE partners SET updated_at = '2099-01-01T00:00:00+00:00' WHERE id = ?", [both]
    )
    export.write_json(tmp_path / "theirs.json", theirs)

    before = export.catalogue_json(ours)
    plan = merge.plan_merge(ours, merge.read_json(tmp_path / "theirs.json"))
    assert [p["name"] for p in plan.new["partner"]] == ["Thành phố Lyon"]
    conflicts = {c.theirs["name"]: c for c in plan.conflicts}
    assert set(conflicts) == {mine.name, changed.name}
    assert conflicts[mine.name].differences == ["notes", "phone"]
    assert conflicts[mine.name].choice == merge.THEIRS  # newer wins unless the user chooses
    assert export.catalogue_json(ours) == before  # planning wrote nothing

    conflicts[changed.name].choice = merge.OURS
    result = merge.apply_merge(ours, plan, backup_folder=tmp_path / "backups")
    assert (result.added, result.replaced, result.kept) == (1, 1, 1)
    assert result.backup and result.backup.exists()
    merged = repository.load(ours, PARTNERS, both)
    assert (merged.phone, merged.notes) == ("+33 1 53 85 53 85", original_notes)
    assert repository.load(ours, PARTNERS, only_theirs).website == original_website
    lyon = ours.db.execute("SELECT uuid FROM partners WHERE name = 'Thành phố Lyon'").fetchone()
    assert lyon[0] == new.uuid
    # Our note is not lost: the history of the record holds it.
    history = [
        json.loads(r[0])
        for r in ours.db.execute(
            "SELECT changes FROM history WHERE kind = 'partner' AND record_id = ? ORDER BY id",
            [both],
        )
    ]
    assert history[-1]["notes"] == ["our note", original_notes]
    ours.close()
    theirs.close()


def test_not_a_partnerbook_export(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}')
    with pytest.raises(files.FileError) as error:
        merge.read_json(path)
    assert error.value.code == "unreadable"
