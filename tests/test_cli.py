"""The `partnerbook` command as a user runs it: output, language and exit codes."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PARTNERBOOK_DB": "", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "gui.cli", *args, "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_demo_then_search_show_check_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.partnerbook")
    assert run("demo", "--db", db).returncode == 0
    again = run("demo", "--db", db)
    assert again.returncode == 1 and "already exists" in again.stderr

    found = run("search", "ile de france", "--kind", "partner", "--db", db)
    assert found.returncode == 0
    kind, record_id, title = found.stdout.splitlines()[0].split("\t")
    assert kind == "partner" and title == "Hội đồng vùng Île-de-France"

    shown = run("show", record_id, "--kind", "partner", "--db", db)
    assert "Native name: Conseil régional d'Île-de-France" in shown.stdout
    assert "Country: France" in shown.stdout
    assert run("show", record_id, "--kind", "partner", "--db", db, lang="vi").stdout.count("Pháp")

    checked = run("check", "--db", db)
    assert checked.returncode == 0 and "Integrity: OK" in checked.stdout
    stats = run("stats", "--db", db)
    assert "Renewed: 1" in stats.stdout


def test_hostile_search_text_is_just_text(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.partnerbook")
    run("demo", "--db", db)
    for text in ['zürich"', "multi-agent", "AND (", "*", "<b>x</b>"]:
        assert run("search", text, "--db", db).returncode == 0, text


def test_refused_file_exits_2_and_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.partnerbook"
    path.write_text("not a catalogue")
    result = run("check", "--db", str(path), lang="vi")
    assert result.returncode == 2
    assert "không phải" in result.stderr.lower()
    assert path.read_text() == "not a catalogue"


def test_user_errors_exit_1(tmp_path: Path) -> None:
    assert run("search", "x", "--db", str(tmp_path / "none.partnerbook")).returncode == 1
    db = str(tmp_path / "demo.partnerbook")
    run("demo", "--db", db)
    assert run("show", "99999", "--db", db).returncode == 1
    assert run("show", "abc", "--db", db).returncode == 1


def test_backup_restore_and_synth(tmp_path: Path) -> None:
    db = str(tmp_path / "office.partnerbook")
    assert run("demo", "--db", db).returncode == 0
    copy = tmp_path / "copy.partnerbook"
    saved = run("backup", "--to", str(copy), "--db", db)
    assert saved.returncode == 0 and copy.exists()
    restored = run("restore", str(copy), "--db", db)
    assert restored.returncode == 0, restored.stderr
    bogus = tmp_path / "bogus.partnerbook"
    bogus.write_text("not a catalogue")
    assert run("restore", str(bogus), "--db", db).returncode == 2
    assert run("check", "--db", db).returncode == 0

    big = str(tmp_path / "synth.partnerbook")
    made = run("synth", "--partners", "50", "--agreements", "80", "--events", "300", "--db", big)
    assert made.returncode == 0
    assert "Events: 300" in run("stats", "--db", big).stdout


def test_export_then_import_gives_the_same_records(tmp_path: Path) -> None:
    db, copy = str(tmp_path / "demo.partnerbook"), str(tmp_path / "copy.partnerbook")
    run("demo", "--db", db)
    kinds = ("partners", "agreements", "events", "contacts")
    for kind, suffix in zip(kinds, (".xlsx", ".csv", ".xlsx", ".csv"), strict=True):
        exported = run(
            "export", str(tmp_path / f"{kind}{suffix}"), "--kind", kind, "--db", db, lang="vi"
        )
        assert exported.returncode == 0, exported.stderr
    header = (tmp_path / "agreements.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Tên thỏa thuận,Tên tiếng Anh,Loại thỏa thuận")
    assert "Biên bản ghi nhớ" in (tmp_path / "agreements.csv").read_text(encoding="utf-8-sig")
    for kind, suffix in zip(kinds, (".xlsx", ".csv", ".xlsx", ".csv"), strict=True):
        imported = run("import", str(tmp_path / f"{kind}{suffix}"), "--db", copy, lang="vi")
        assert imported.returncode == 0, imported.stdout + imported.stderr
    for kind in kinds:
        run("export", str(tmp_path / f"a-{kind}.csv"), "--kind", kind, "--db", db)
        run("export", str(tmp_path / f"b-{kind}.csv"), "--kind", kind, "--db", copy)
        a = sorted((tmp_path / f"a-{kind}.csv").read_text(encoding="utf-8-sig").splitlines())
        b = sorted((tmp_path / f"b-{kind}.csv").read_text(encoding="utf-8-sig").splitlines())
        assert a == b, kind


def test_import_report_dry_run_and_rejections(tmp_path: Path) -> None:
    db = tmp_path / "new.partnerbook"
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "Danh sách đối tác\n\nTên đối tác;Nước;Năm thiết lập quan hệ\n"
        "Tỉnh Gyeonggi;Hàn Quốc;2001\nNagoya;Atlantis;khoảng 2015\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.txt"
    dry = run(
        "import", str(sheet), "--dry-run", "--report", str(report), "--db", str(db), lang="vi"
    )
    assert dry.returncode == 1 and not db.exists()
    assert "dòng 3" in dry.stdout.lower() and "Dòng 5" in dry.stdout
    assert report.read_text(encoding="utf-8").strip() == dry.stdout.strip()
    mapped = run("import", str(sheet), "--map", "Năm thiết lập quan hệ=", "--db", str(db))
    assert mapped.returncode == 1 and "Line 5: unknown country “Atlantis”" in mapped.stdout
    assert "Imported: 1 added" in mapped.stdout
    phones = tmp_path / "phones.csv"
    phones.write_text(
        "Tên đối tác,Nước,Điện thoại\ntinh gyeonggi,KR,+82 31 120\n", encoding="utf-8"
    )
    again = run("import", str(phones), "--on-duplicate", "fill", "--db", str(db))
    assert again.returncode == 0 and "to update: 1" in again.stdout
    bad_map = run("import", str(sheet), "--map", "Không có=name", "--db", str(db))
    assert bad_map.returncode == 1 and "Không có" in bad_map.stderr


def test_hostile_and_unknown_files(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.partnerbook")
    run("demo", "--db", db)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    refused = run("import", str(fake), "--db", db)
    assert refused.returncode == 2 and "cannot be read" in refused.stderr
    assert run("export", str(tmp_path / "x.pdf"), "--db", db).returncode == 1


def test_merge_a_json_export(tmp_path: Path) -> None:
    db, other = str(tmp_path / "a.partnerbook"), str(tmp_path / "b.partnerbook")
    run("demo", "--db", db)
    exported = run("export", str(tmp_path / "a.json"), "--db", db)
    assert exported.returncode == 0
    merged = run("import", str(tmp_path / "a.json"), "--db", other)
    assert merged.returncode == 0 and "Merged: 51 added" in merged.stdout
    again = run("import", str(tmp_path / "a.json"), "--db", other)
    assert "51 unchanged" in again.stdout


def test_without_a_command_the_window_opens_and_can_quit_by_itself(tmp_path: Path) -> None:
    # `python -m gui` is the bundle's entry; PARTNERBOOK_QUIT_AFTER_MS serves its smoke test.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERBOOK_QUIT_AFTER_MS": "0",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    started = subprocess.run(
        [sys.executable, "-m", "gui", "--sample"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "Partnerbook" / "sample.partnerbook").exists()


def test_a_report_too_long_to_print_is_refused_with_advice(tmp_path: Path) -> None:
    db = str(tmp_path / "big.partnerbook")
    assert (
        run(
            "synth", "--partners", "6500", "--agreements", "1", "--events", "1", "--db", db
        ).returncode
        == 0
    )
    out = tmp_path / "directory.pdf"
    refused = run("summary", "--report", "directory", "--pdf", str(out), "--db", db)
    assert refused.returncode == 1
    assert "too long to print at once" in refused.stderr and "country" in refused.stderr
    assert not out.exists()
    narrowed = run(
        "summary", "--report", "directory", "--country", "FR", "--pdf", str(out), "--db", db
    )
    assert narrowed.returncode == 0, narrowed.stderr
