import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_killing_a_writer_loses_no_confirmed_save() -> None:
    """A short run of bench/soak.py (the benchmark kills the writer 200 times)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--rounds", "6"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    saves = int(
        next(
            line for line in result.stdout.splitlines() if line.startswith("confirmed saves:")
        ).split(":")[1]
    )
    assert saves > 0, "the writer must have confirmed some saves before being killed"
