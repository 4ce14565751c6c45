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
