"""Benchmark (not a test): seconds to print a partner profile to PDF, long against short.

    python bench/print_profile.py [--repeat 3]

Copies the sample catalogue to a temporary file, gives Île-de-France 1,000 more events and 50 more
agreements, then times, with the same template and code path:

- the one-page profile of Île-de-France as shipped (the baseline);
- the profile of the large partner as printed by default (the latest events listed, all 50+
  agreements, every event on the timeline) — several pages;
- the same with every past event listed (Document.all_events) — tens of pages.

Each run builds the data, draws the timeline, lays out and writes the PDF. Prints the pages, the
best time of each and the ratio to the baseline. Results are recorded in docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from gui.printing import Document, save_pdf  # noqa: E402
from store import repository, sample  # noqa: E402
from store.agreements import SPEC as AGREEMENTS  # noqa: E402
from store.catalogue import Catalogue  # noqa: E402
from store.dates import PartialDate  # noqa: E402
from store.events import SPEC as EVENTS  # noqa: E402
from store.records import AGREEMENT_KINDS, EVENT_KINDS, Agreement, Event  # noqa: E402

TODAY = dt.date(2026, 11, 24)
ORG = "Sở Ngoại vụ thành phố Hà Nội"


def grow(cat: Catalogue, partner_id: int, events: int, agreements: int) -> None:
    rng = random.Random(1)
    with cat.transaction():
        for i in range(agreements):
            start = rng.randint(1995, 2026)
            repository.save(
                cat,
                AGREEMENTS,
                Agreement(
                    title=f"Thỏa thuận hợp tác số {i + 1} về quy hoạch đô thị và giao thông công cộng",
                    title_en=f"Cooperation agreement no. {i + 1} on urban planning and transport",
                    kind=rng.choice(AGREEMENT_KINDS),
                    signed_on=PartialDate(str(start)),
                    valid_from=PartialDate(str(start)),
                    valid_to=PartialDate(str(start + rng.randint(1, 5))),
                    partner_ids=[partner_id],
                ),
            )
        for i in range(events):
            day = dt.date(1996, 1, 1) + dt.timedelta(days=rng.randint(0, 11_000))
            repository.save(
                cat,
                EVENTS,
                Event(
                    title=f"Đoàn công tác số {i + 1} làm việc về hợp tác phát triển đô thị",
                    title_en=f"Working visit no. {i + 1} on urban development cooperation",
                    kind=rng.choice(EVENT_KINDS),
                    dates=PartialDate(day.isoformat()),
                    city="Paris" if i % 2 else "Hà Nội",
                    country="FR" if i % 2 else "VN",
                    partner_ids=[partner_id],
                ),
            )


def best_of(repeat: int, run) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _catalogues(folder: Path, events: int, agreements: int) -> tuple[Catalogue, Catalogue, int]:
    """The sample as shipped, and a copy whose Île-de-France has `events` and `agreements` more."""
    small_path, large_path = folder / "small.partnerbook", folder / "large.partnerbook"
    sample.create(small_path).close()
    small = Catalogue.open(small_path)
    idf = small.db.execute(
        "SELECT id FROM partners WHERE name_en = 'Île-de-France Regional Council'"
    ).fetchone()[0]
    sample.create(large_path).close()
    large = Catalogue.open(large_path)
    grow(large, idf, events, agreements)
    return small, large, idf


def _timed(cat: Catalogue, document: Document, out: Path, repeat: int) -> tuple[int, float]:
    pages = save_pdf(cat, document, out, "vi", ORG, TODAY)  # warm-up
    return pages, best_of(repeat, lambda: save_pdf(cat, document, out, "vi", ORG, TODAY))


def profile_ratio(events: int = 1000, repeat: int = 3) -> float:
    """The profile of a partner with `events` more events, as a ratio to the one-page profile."""
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-bench-"))
    small, large, idf = _catalogues(folder, events, 0)
    base = _timed(small, Document("partner", idf), folder / "out.pdf", repeat)[1]
    long = _timed(large, Document("partner", idf), folder / "out.pdf", repeat)[1]
    small.close()
    large.close()
    return long / base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--agreements", type=int, default=50)
    args = parser.parse_args()
    app = QGuiApplication([])  # noqa: F841 - fonts and painting need it
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-bench-"))
    small, large, idf = _catalogues(folder, args.events, args.agreements)
    runs = {
        "one-page profile (sample)": (small, Document("partner", idf)),
        f"profile, {args.events} events + {args.agreements} agreements": (
            large,
            Document("partner", idf),
        ),
        "same, every event listed": (large, Document("partner", idf, all_events=True)),
    }
    results = []
    for name, (cat, document) in runs.items():
        pages, seconds = _timed(cat, document, folder / "out.pdf", args.repeat)
        results.append((name, pages, seconds))
    base = results[0][2]
    print(f"{'document':45} {'pages':>5} {'seconds':>8} {'ratio':>6}")
    for name, pages, seconds in results:
        print(f"{name:45} {pages:5d} {seconds:8.3f} {seconds / base:6.1f}")
    small.close()
    large.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
