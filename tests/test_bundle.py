"""The PyInstaller bundle as staff get it (dist/Partnerbook, built by scripts/bundle from build.spec):
the window starts on the sample catalogue, the command line answers, printing embeds the fonts.

Runs when CI=true or PARTNERBOOK_TEST_BUNDLE=1, which is when scripts/test builds the bundle first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Partnerbook"
EXE = ".exe" if sys.platform == "win32" else ""
APP = BUNDLE / f"Partnerbook{EXE}"
CLI = BUNDLE / f"partnerbook-cli{EXE}"
# The only line Qt may print: the offscreen platform says it whenever a window is shown.
HARMLESS = ("This plugin does not support propagateSizeHints()",)

pytestmark = pytest.mark.skipif(
    os.environ.get("CI") != "true" and os.environ.get("PARTNERBOOK_TEST_BUNDLE") != "1",
    reason="the bundle is tested with CI=true or PARTNERBOOK_TEST_BUNDLE=1 (scripts/test builds it)",
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user with no display, settings or catalogue yet, and nothing of the source checkout."""
    home = tmp_path / "home"
    home.mkdir()
    keep = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP")
    return {
        **{k: v for k, v in os.environ.items() if k in keep},
        "HOME": str(home),
        "USERPROFILE": str(home),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": "C.UTF-8",
    }


def launch(args: list[str | Path], env: dict[str, str]) -> subprocess.CompletedProcess:
    if not APP.exists():
        pytest.fail(f"{APP} is missing: build it with scripts/bundle")
    return subprocess.run(
        [str(a) for a in args],
        env=env,
        cwd=env["HOME"],  # not the checkout: every file must come from the bundle
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def cli(env: dict[str, str], *args: str | Path) -> str:
    """Runs partnerbook-cli; it must succeed and say nothing on stderr. Returns stdout."""
    result = launch([CLI, *args], env)
    assert (result.returncode, result.stderr) == (0, ""), result
    return result.stdout


def problems(output: str) -> list[str]:
    """Every line the app printed, but the harmless one: a missing plugin, library or resource,
    a Qt warning or a traceback all show up here."""
    return [line for line in output.splitlines() if line.strip() and line not in HARMLESS]


def start_window(env: dict[str, str], platform: str, wrapper: list[str] | None = None) -> None:
    """Opens the window on the sample catalogue and lets it run 3 s after its first paint."""
    env = {**env, "QT_QPA_PLATFORM": platform, "PARTNERBOOK_QUIT_AFTER_MS": "3000"}
    result = launch([*(wrapper or []), APP, "--sample", "--lang", "vi"], env)
    assert result.returncode == 0, result
    assert problems(result.stdout + result.stderr) == []
    # The sample catalogue was made from the bundled resources/sample.
    assert list(Path(env["HOME"]).rglob("sample.partnerbook"))


def test_window_starts_offscreen_on_the_sample(env: dict[str, str]) -> None:
    start_window(env, "offscreen")


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (scripts/bootstrap)")
def test_window_starts_on_x11(env: dict[str, str]) -> None:
    start_window(env, "xcb", ["xvfb-run", "--auto-servernum"])


def test_command_line_without_a_display(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "demo.partnerbook"
    assert "Created the sample catalogue" in cli(env, "demo", "--db", db, "--lang", "en")
    assert "Đã tạo" in cli(env, "demo", "--db", tmp_path / "vi.partnerbook", "--lang", "vi")

    found = cli(env, "search", "ile de france", "--kind", "partner", "--db", db).splitlines()
    assert found[0].split("\t")[2] == "Hội đồng vùng Île-de-France"
    shown = cli(env, "show", f"partner:{found[0].split()[1]}", "--db", db, "--lang", "vi")
    assert "Quốc gia: Pháp" in shown  # country names from the bundled CLDR data
    assert "Integrity: OK" in cli(env, "check", "--db", db, "--lang", "en")
    assert "Hàn Quốc: 5" in cli(env, "stats", "--db", db, "--lang", "vi")
    backup = tmp_path / "copy.partnerbook"
    cli(env, "backup", "--to", backup, "--db", db)
    cli(env, "restore", backup, "--db", db)
    sizes = ("--partners", "30", "--agreements", "10", "--events", "10")
    cli(env, "synth", *sizes, "--db", tmp_path / "synth.partnerbook")
    assert "--partner" in cli(env, "summary", "--help")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (scripts/bootstrap)")
def test_command_line_prints_profiles_with_embedded_fonts(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "demo.partnerbook"
    cli(env, "demo", "--db", db)
    for partner, expected, font in [
        ("Île-de-France", "Hội đồng vùng Île-de-France", "BeVietnamPro"),
        ("Tỉnh Gyeonggi", "경기도", "NotoSansKR"),
    ]:
        pdf = tmp_path / f"{partner}.pdf"
        cli(env, "summary", "--partner", partner, "--pdf", pdf, "--db", db, "--lang", "vi")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        assert expected in text and "Thông tin đối tác" in text and "Trang 1/1" in text
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
        rows = fonts.splitlines()[2:]
        assert any(font in row for row in rows), fonts
        assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # "emb" column

    docx = tmp_path / "idf.docx"
    cli(env, "summary", "--partner", "Île-de-France", "--docx", docx, "--db", db, "--lang", "en")
    with zipfile.ZipFile(docx) as word:
        assert "Île-de-France Regional Council" in word.read("word/document.xml").decode()


def test_bundle_holds_every_resource() -> None:
    inside = BUNDLE / "_internal"
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix != ".ts":
            copy = inside / path.relative_to(ROOT)
            assert copy.is_file() and copy.read_bytes() == path.read_bytes(), copy
