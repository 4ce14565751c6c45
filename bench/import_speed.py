"""Benchmark (not a test): importing 10,000 partner rows from XLSX against openpyxl reading them.

    python bench/import_speed.py [--rows 10000] [--repeat 3]

Writes an office-like workbook (a title row, Vietnamese headers, names with accents, countries
by Vietnamese name, dates as staff type them, fields of cooperation, e-mail addresses) to a
temporary folder, then times, best of `--repeat`:

- openpyxl alone: `load_workbook(read_only=True)` and every row's values (the floor);
- the import: reading (with the hostile-file checks), planning (headers, values, duplicates)
  and applying in one transaction into a new empty catalogue, without the backup copy.

Prints `import 10,000 rows: R × openpyxl (goal ≤ 2)`. Results go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from store.catalogue import Catalogue  # noqa: E402
from store.exchange import files, importer  # noqa: E402
from store.migrations import DEFAULT_FIELDS  # noqa: E402

HEADERS = [
    "STT",
    "Tên đối tác",
    "Tên tiếng Anh",
    "Quốc gia",
    "Năm thiết lập quan hệ",
    "Lĩnh vực hợp tác",
    "Thư điện tử",
    "Điện thoại",
    "Địa chỉ",
    "Ghi chú",
]
PLACES = ["Thành phố", "Tỉnh", "Vùng", "Quận", "Hội đồng vùng", "Sở Ngoại vụ", "Đại học"]
WORDS = ["Gyeonggi", "Île-de-France", "Nagoya", "Toulouse", "Bavaria", "Perth", "Vientiane", "Huế"]
COUNTRIES = ["Hàn Quốc", "Pháp", "Nhật Bản", "Đức", "Úc", "Lào", "Hoa Kỳ", "Canada"]


def make_workbook(path: Path, rows: int) -> None:
    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Đối tác")
    ws.append(["DANH SÁCH ĐỐI TÁC NƯỚC NGOÀI"])
    ws.append(HEADERS)
    for i in range(rows):
        name = f"{rng.choice(PLACES)} {rng.choice(WORDS)} {i}"
        date = rng.choice(["{y}", "tháng {m}/{y}", "{d}/{m}/{y}"]).format(
            d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(1990, 2024)
        )
        fields = "; ".join(f[1] for f in rng.sample(DEFAULT_FIELDS, 2))
        ws.append(
            [
                i + 1,
                name,
                f"Partner {i}",
                rng.choice(COUNTRIES),
                date,
                fields,
                f"contact{i}@example.org",
                f"+84 24 {rng.randint(1000000, 9999999)}",
                f"{rng.randint(1, 300)} Rue de la Paix",
                "Ghi chú " * rng.randint(0, 5),
            ]
        )
    book.save(path)


def time_openpyxl(path: Path) -> float:
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - started


def time_import(path: Path, folder: Path, run: int) -> tuple[float, int]:
    cat = Catalogue.create(folder / f"bench-{run}.partnerbook")
    started = time.perf_counter()
    plan = importer.plan(cat, files.read(path), importer.Options())
    result = importer.apply(cat, plan, backup=False)
    elapsed = time.perf_counter() - started
    cat.close()
    return elapsed, result.added


def seconds(rows: int, repeat: int) -> tuple[float, float]:
    """Best seconds of openpyxl alone and of the import, on the same workbook."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "partners.xlsx"
        make_workbook(path, rows)
        floor = min(time_openpyxl(path) for _ in range(repeat))
        runs = [time_import(path, folder, run) for run in range(repeat)]
        best, added = min(runs)
        assert added == rows, f"imported {added} of {rows} rows"
    return floor, best


def measure(goal_line, rows: int = 10_000, repeat: int = 3) -> list[bool]:  # type: ignore[no-untyped-def]
    """The line bench/run.py prints."""
    floor, best = seconds(rows, repeat)
    return [goal_line(f"import {rows:,} rows / openpyxl reading them", best / floor, "", 2)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    floor, best = seconds(args.rows, args.repeat)
    print(f"openpyxl read {args.rows:,} rows: {floor:.2f} s")
    print(f"import {args.rows:,} rows (read, plan, one transaction): {best:.2f} s")
    print(f"import {args.rows:,} rows: {best / floor:.1f} × openpyxl (goal ≤ 2)")


if __name__ == "__main__":
    main()
