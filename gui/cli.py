"""The `partnerbook` command. No subcommand starts the desktop app; subcommands need no display.

Exit codes: 0 success, 1 a user error with a message, 2 a refused or damaged file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from gui.i18n import translate
from store.catalogue import Catalogue, CatalogueError

EXIT_OK, EXIT_USER, EXIT_FILE = 0, 1, 2
DEFAULT_MONTHS = 6  # store.status.DEFAULT_WINDOW_MONTHS, without importing the store at start
SEARCH_KINDS = ("partner", "agreement", "event")


class UserError(Exception):
    """A mistake in what the user asked; the message is already translated."""


def _catalogue_message(error: CatalogueError) -> str:
    from gui.messages import catalogue_error

    return catalogue_error(error)


def _open(args: argparse.Namespace) -> Catalogue:
    from store.paths import default_catalogue

    path = Path(args.db) if args.db else default_catalogue()
    return Catalogue.open(path, read_only=getattr(args, "read_only", False))


# -- subcommands --------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from store import sample
    from store.paths import default_catalogue

    path = Path(args.db) if args.db else default_catalogue()
    if path.exists():
        raise UserError(
            translate("cli", "{path} already exists; choose another file with --db.").format(
                path=path
            )
        )
    sample.create(path).close()
    print(translate("cli", "Created the sample catalogue in {path}").format(path=path))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from store import search
    from store.links import refs

    cat = _open(args)
    hits = search.search(cat, args.text, [args.kind] if args.kind else SEARCH_KINDS, limit=1000)
    for kind in SEARCH_KINDS:
        ids = [record_id for k, record_id in hits if k == kind]
        titles = {ref.id: ref.title for ref in refs(cat, kind, ids)}
        for record_id in ids:
            print(f"{kind}\t{record_id}\t{titles.get(record_id, '')}")
    if not hits:
        print(translate("cli", "No match."), file=sys.stderr)
    return EXIT_OK


def _find(cat: Catalogue, ident: str, kind: str | None) -> tuple[str, int]:
    """A record from "12" (with --kind, or unique across kinds), "partner:12" or a UUID."""
    from store.links import TABLES

    if ":" in ident:
        kind, _, ident = ident.partition(":")
        if kind not in SEARCH_KINDS:
            raise UserError(translate("cli", "Unknown kind: {kind}").format(kind=kind))
    kinds = [kind] if kind else list(SEARCH_KINDS)
    column = "uuid" if _is_uuid(ident) else "id"
    if column == "id" and not ident.isdigit():
        raise UserError(translate("cli", "Not a record id: {id}").format(id=ident))
    found = [
        (k, row[0])
        for k in kinds
        for row in cat.db.execute(
            f"SELECT id FROM {TABLES[k]} WHERE {column} = ? AND deleted_at IS NULL", [ident]
        )
    ]
    if not found:
        raise UserError(translate("cli", "No record with id {id}.").format(id=ident))
    if len(found) > 1:
        raise UserError(
            translate("cli", "Id {id} names several records ({kinds}); add --kind.").format(
                id=ident, kinds=", ".join(k for k, _ in found)
            )
        )
    return found[0]


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def cmd_show(args: argparse.Namespace) -> int:
    from gui.record_text import as_text, describe

    cat = _open(args)
    kind, record_id = _find(cat, args.id, args.kind)
    for label, value in describe(cat, kind, record_id, args.lang):
        print(f"{label}: {as_text(value)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from store.stats import stats

    args.read_only = True
    cat = _open(args)
    problems = cat.integrity_problems()
    print(translate("cli", "File: {path}").format(path=cat.path))
    print(translate("cli", "Schema version: {version}").format(version=cat.schema_version))
    counts = stats(cat).by_kind
    print(
        translate(
            "cli", "Records: {partners} partners, {agreements} agreements, {events} events"
        ).format(partners=counts["partner"], agreements=counts["agreement"], events=counts["event"])
    )
    if problems:
        print(
            translate("cli", "Integrity check failed:"), *problems[:20], sep="\n", file=sys.stderr
        )
        return EXIT_FILE
    print(translate("cli", "Integrity: OK"))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from gui.labels import country, label
    from store.stats import stats

    args.read_only = True
    result = stats(_open(args))
    print(translate("cli", "Records"))
    for kind, n in result.by_kind.items():
        print(f"  {label('records', kind)}: {n}")
    print(translate("cli", "  In the Trash: {n}").format(n=result.in_trash))
    print(translate("cli", "Agreements by status"))
    for status, n in result.agreements_by_status.items():
        print(f"  {label('status', status)}: {n}")
    print(translate("cli", "Partners by country"))
    no_country = translate("cli", "(no country)")
    for code, n in result.partners_by_country.items():
        print(f"  {country(code, args.lang) or no_country}: {n}")
    return EXIT_OK


def _partner_id(cat: Catalogue, text: str) -> int:
    """A partner by id, UUID or name; a name is found accent-insensitively and must be unique."""
    from store import search
    from store.links import refs
    from store.text import fold, words

    if text.isdigit() or _is_uuid(text):
        return _find(cat, text, "partner")[1]
    hits = [record_id for _, record_id in search.search(cat, text, ["partner"], limit=1000)]
    if not hits:
        raise UserError(translate("cli", "No partner matches {name}.").format(name=text))
    names: dict[int, list[str]] = {}
    for row in cat.db.execute(
        f"SELECT id, name, name_en, name_native FROM partners WHERE id IN ({', '.join('?' * len(hits))})",
        hits,
    ):
        names[row[0]] = [fold(n).strip() for n in row[1:] if n]
    wanted = fold(text).strip()
    typed = words(wanted)
    exact = [i for i in hits if wanted in names.get(i, [])]
    in_name = [
        i
        for i in hits
        if any(all(any(w.startswith(t) for w in words(n)) for t in typed) for n in names.get(i, []))
    ]
    candidates = exact or in_name or hits
    if len(candidates) == 1:
        return candidates[0]
    listing = "\n".join(
        f"partner\t{ref.id}\t{ref.title}" for ref in refs(cat, "partner", candidates)
    )
    raise UserError(
        translate("cli", "{n} partners match {name}; choose one by its id:").format(
            n=len(candidates), name=text
        )
        + "\n"
        + listing
    )


def _date_option(text: str | None, end: bool) -> dt.date | None:
    from store.dates import DateError, PartialDate

    if not text:
        return None
    try:
        value = PartialDate.parse(text)
    except DateError:
        raise UserError(
            translate("cli", "Cannot read the date {date}.").format(date=text)
        ) from None
    assert value is not None
    return value.last_day if end else value.first_day


def _organisation() -> str:
    from PySide6.QtCore import QSettings

    try:
        return str(QSettings("Partnerbook", "Partnerbook").value("organisation", "") or "")
    except Exception:  # an unreadable settings file: print without a name
        return ""


def cmd_summary(args: argparse.Namespace) -> int:
    from gui.printing import Document, TooLongError, save_docx, save_pdf, too_long_text
    from store import countries

    args.read_only = True
    cat = _open(args)
    filters = (args.date_from, args.date_to, args.country, args.months)
    if not args.report and any(f is not None for f in filters):
        raise UserError(translate("cli", "--from, --to, --country and --months go with --report."))
    if args.report:
        start = _date_option(args.date_from, end=False)
        end = _date_option(args.date_to, end=True)
        if start and end and end < start:
            raise UserError(translate("cli", "The end of the period is before its start."))
        code = None
        if args.country:
            code = args.country.upper() if countries.is_country(args.country.upper()) else None
            code = code or countries.find(args.country)
            if not code:
                raise UserError(
                    translate("cli", "Unknown country: {country}").format(country=args.country)
                )
        if args.months is not None and args.months < 1:
            raise UserError(translate("cli", "--months must be 1 or more."))
        document = Document(
            "report",
            report=args.report,
            months=args.months or DEFAULT_MONTHS,
            date_from=start,
            date_to=end,
            country=code,
        )
    elif args.partner:
        document = Document("partner", id=_partner_id(cat, args.partner))
    elif args.agreement:
        document = Document("agreement", id=_find(cat, args.agreement, "agreement")[1])
    else:
        document = Document("event", id=_find(cat, args.event, "event")[1])
    org = _organisation() if args.org is None else args.org
    path = Path(args.pdf or args.docx)
    try:
        if args.pdf:
            pages = save_pdf(cat, document, path, args.lang, org)
            print(translate("cli", "Wrote {path} (pages: {pages})").format(path=path, pages=pages))
        else:
            save_docx(cat, document, path, args.lang, org)
            print(translate("cli", "Wrote {path}").format(path=path))
    except TooLongError as error:  # found before the file is opened
        raise UserError(too_long_text(error)) from None
    except OSError as error:
        raise UserError(
            translate("cli", "Cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from store import backups

    cat = _open(args)
    path = backups.make(cat, to=Path(args.to) if args.to else None)
    print(translate("cli", "Backup saved: {path}").format(path=path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from store import backups
    from store.paths import default_catalogue

    target = Path(args.db) if args.db else default_catalogue()
    source = Path(args.backup)
    if not source.is_file():
        raise UserError(translate("cli", "No such backup: {path}").format(path=source))
    safety = backups.restore(source, target)
    print(translate("cli", "Restored {backup} into {path}").format(backup=source, path=target))
    if safety:
        print(translate("cli", "The file as it was is kept in {path}").format(path=safety))
    return EXIT_OK


def cmd_synth(args: argparse.Namespace) -> int:
    import time

    from store import synth
    from store.paths import default_catalogue

    path = Path(args.db) if args.db else default_catalogue()
    if path.exists():
        raise UserError(
            translate("cli", "{path} already exists; choose another file with --db.").format(
                path=path
            )
        )
    started = time.perf_counter()
    synth.build(path, args.partners, args.agreements, args.events).close()
    print(
        translate("cli", "Created {path} in {seconds:.0f} s").format(
            path=path, seconds=time.perf_counter() - started
        )
    )
    return EXIT_OK


IMPORT_KINDS = {
    "partners": "partner",
    "agreements": "agreement",
    "events": "event",
    "contacts": "contact",
}


def _write_report(path: str | None, text: str) -> None:
    if not path:
        return
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise UserError(
            translate("cli", "Cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None


def _import_catalogue(args: argparse.Namespace) -> tuple[Catalogue, bool]:
    """The catalogue to import into, created empty when it does not exist yet (True)."""
    from store.paths import default_catalogue

    path = Path(args.db) if args.db else default_catalogue()
    if path.exists():
        return Catalogue.open(path), False
    if args.dry_run:  # plan against an empty catalogue without creating the file
        import tempfile

        return Catalogue.create(Path(tempfile.mkdtemp()) / path.name), True
    return Catalogue.create(path), True


def cmd_import(args: argparse.Namespace) -> int:
    from gui import exchange_text as words
    from gui.settings import Settings
    from store.exchange import files, importer, merge

    source = Path(args.file)
    try:
        if source.suffix.lower() == ".json":
            data = merge.read_json(source)
        else:
            table = files.read(source, args.sheet)
    except files.FileError as error:
        print(words.file_error(error), file=sys.stderr)
        return (
            EXIT_USER
            if error.code in (files.FileError.MISSING, files.FileError.FORMAT)
            else EXIT_FILE
        )
    cat, created = _import_catalogue(args)
    if source.suffix.lower() == ".json":
        merge_plan = merge.plan_merge(cat, data)
        report = words.merge_report(merge_plan, str(source))
        if not args.dry_run:
            result = merge.apply_merge(
                cat, merge_plan, backup_folder=Settings().backup_folder(), backup=not created
            )
            report += "\n" + words.merge_result_report(result)
        print(report)
        _write_report(args.report, report)
        return EXIT_OK
    mapping = {}
    for item in args.map or []:
        header, sep, key = item.rpartition("=")
        if not sep or not header.strip():
            raise UserError(
                translate("cli", '--map takes "Header=field": {text}').format(text=item)
            )
        mapping[header.strip()] = key.strip()
    options = importer.Options(
        kind=IMPORT_KINDS[args.kind] if args.kind else None,
        mapping=mapping,
        on_duplicate=args.on_duplicate,
        create_partners=args.create_partners,
        vocabulary=words.vocabulary(),
    )
    try:
        plan = importer.plan(cat, table, options)
    except importer.LayoutError as error:
        raise UserError(words.layout_error(error)) from None
    report = words.plan_report(plan, str(source), args.lang)
    if not args.dry_run:
        # The backups folder chosen in the app's Settings, where Restore looks.
        result = importer.apply(
            cat, plan, backup_folder=Settings().backup_folder(), backup=not created
        )
        report += "\n" + words.result_report(result)
    print(report)
    _write_report(args.report, report)
    return EXIT_USER if plan.rejected else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from gui import exchange_text as words
    from store.exchange import export

    args.read_only = True
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".json", *export.TABLE_FORMATS):
        raise UserError(
            translate("cli", "Cannot export to “{suffix}” files: use .xlsx, .csv or .json.").format(
                suffix=suffix
            )
        )
    cat = _open(args)
    try:
        if suffix == ".json":
            export.write_json(target, cat)
            print(translate("cli", "Wrote {path}").format(path=target))
            return EXIT_OK
        kind = IMPORT_KINDS[args.kind or "partners"]
        headers, rows = export.table_rows(cat, kind, lang=args.lang, vocabulary=words.vocabulary())
        if suffix == ".csv":
            export.write_csv(target, headers, rows)
        else:
            export.write_xlsx(target, headers, rows, sheet=words.kind_label(kind))
    except OSError as error:
        raise UserError(
            translate("cli", "Cannot write {path}: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from None
    print(translate("cli", "Wrote {path} ({n} rows)").format(path=target, n=len(rows)))
    return EXIT_OK


# -- parsing ------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="FILE",
        help=translate(
            "cli", "catalogue file (default: PARTNERBOOK_DB or the one in your data folder)"
        ),
    )
    common.add_argument(
        "--lang", choices=("vi", "en"), help=translate("cli", "language of messages")
    )
    parser = argparse.ArgumentParser(
        prog="partnerbook",
        parents=[common],
        description=translate(
            "cli",
            "Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    commands: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
        "demo": (cmd_demo, translate("cli", "create a catalogue holding the sample")),
        "search": (
            cmd_search,
            translate("cli", "search every record; one line per hit: kind, id, title"),
        ),
        "show": (cmd_show, translate("cli", "show one record with its links")),
        "check": (cmd_check, translate("cli", "check the file, its schema and its integrity")),
        "stats": (cmd_stats, translate("cli", "counts by kind, status and country")),
        "backup": (
            cmd_backup,
            translate("cli", "copy the catalogue into the backups folder (or --to FILE)"),
        ),
        "restore": (
            cmd_restore,
            translate("cli", "replace the catalogue with a backup, after backing it up"),
        ),
        "synth": (cmd_synth, translate("cli", "make a large synthetic catalogue for tests")),
        "import": (
            cmd_import,
            translate(
                "cli",
                "import partners, agreements, events or contacts from .xlsx or .csv, or merge a .json export",
            ),
        ),
        "export": (
            cmd_export,
            translate("cli", "export a kind to .xlsx or .csv, or the whole catalogue to .json"),
        ),
        "summary": (
            cmd_summary,
            translate(
                "cli",
                "print a partner profile, agreement sheet, event brief or report to PDF or Word",
            ),
        ),
    }
    for name, (func, help_text) in commands.items():
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if name == "search":
            p.add_argument("text", metavar=translate("cli", "TEXT"))
            p.add_argument("--kind", choices=SEARCH_KINDS)
        if name == "show":
            p.add_argument(
                "id",
                metavar="ID",
                help=translate("cli", "a record id (e.g. 12 or partner:12) or UUID"),
            )
            p.add_argument("--kind", choices=SEARCH_KINDS)
        if name == "summary":
            _summary_arguments(p)
        if name == "backup":
            p.add_argument("--to", metavar=translate("cli", "FILE"))
        if name == "restore":
            p.add_argument("backup", metavar=translate("cli", "BACKUP"))
        if name == "import":
            _import_arguments(p)
        if name == "export":
            p.add_argument("file", metavar=translate("cli", "FILE"))
            p.add_argument("--kind", choices=tuple(IMPORT_KINDS))
        if name == "synth":
            for option in ("--partners", "--agreements", "--events"):
                p.add_argument(option, type=int, default=0, metavar="N")
    return parser


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar=translate("cli", "FILE"))
    p.add_argument(
        "--kind",
        choices=tuple(IMPORT_KINDS),
        help=translate("cli", "what the rows are (default: guessed from the headers)"),
    )
    p.add_argument(
        "--sheet",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "the sheet to read (default: the first)"),
    )
    p.add_argument(
        "--map",
        action="append",
        metavar=translate("cli", "HEADER=FIELD"),
        help=translate(
            "cli", "read a column as a field (field empty: ignore the column); repeatable"
        ),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "create"),
        default="skip",
        help=translate(
            "cli",
            "a row matching a record already there: skip it, fill its empty fields, or create anyway",
        ),
    )
    p.add_argument(
        "--create-partners",
        action="store_true",
        help=translate("cli", "create partners named in rows but not in the catalogue"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "report what would be imported without changing anything"),
    )
    p.add_argument(
        "--report",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "also save the report in FILE"),
    )


def _summary_arguments(p: argparse.ArgumentParser) -> None:
    from store.reports import REPORTS

    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--partner",
        metavar=translate("cli", "ID|NAME"),
        help=translate("cli", "a partner's profile; a name is found without accents"),
    )
    what.add_argument("--agreement", metavar="ID", help=translate("cli", "an agreement's sheet"))
    what.add_argument("--event", metavar="ID", help=translate("cli", "an event's brief"))
    what.add_argument("--report", choices=REPORTS, help=translate("cli", "a report"))
    p.add_argument(
        "--from",
        dest="date_from",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "start of the period (delegations; default: 1 January this year)"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "end of the period (delegations; default: 31 December this year)"),
    )
    p.add_argument(
        "--country",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "only this country (e.g. FR, KR or a name)"),
    )
    p.add_argument(
        "--months",
        type=int,
        metavar="N",
        help=translate("cli", "expiring within N months (default: 6)"),
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "--pdf", metavar=translate("cli", "FILE"), help=translate("cli", "write a PDF")
    )
    out.add_argument(
        "--docx", metavar=translate("cli", "FILE"), help=translate("cli", "write a Word file")
    )
    p.add_argument(
        "--org",
        metavar=translate("cli", "TEXT"),
        help=translate(
            "cli", "organisation name in the page header (default: the one in Settings)"
        ),
    )


def _language(argv: list[str]) -> str:
    from gui.i18n import system_language

    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("vi", "en"):
            return argv[i + 1]
        if arg in ("--lang=vi", "--lang=en"):
            return arg.split("=", 1)[1]
    return system_language()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    commands = {"demo", "search", "show", "check", "stats", "summary", "backup", "restore", "synth"}
    commands |= {"import", "export"}
    commands |= {"-h", "--help"}
    if not any(a in commands for a in argv):
        from gui.app import run

        return run(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    lang = _language(argv)
    if "summary" in argv and QCoreApplication.instance() is None:
        # Printing needs fonts and painting, not a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication(["partnerbook"])
    else:
        app = QCoreApplication.instance() or QCoreApplication(["partnerbook"])
    i18n.install(lang)
    args = build_parser().parse_args(argv)
    args.lang = lang
    try:
        return args.func(args)
    except UserError as error:
        print(error, file=sys.stderr)
        return EXIT_USER
    except CatalogueError as error:
        print(_catalogue_message(error), file=sys.stderr)
        return (
            EXIT_USER
            if error.code in (CatalogueError.MISSING, CatalogueError.EXISTS)
            else EXIT_FILE
        )
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main())
