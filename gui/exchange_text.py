"""Import and export in words: the labels the store matches values against, and the reports.

`vocabulary()` hands the store every choice label of gui/labels.py in both languages (English
is the source text, Vietnamese comes from the compiled translation), so the labels staff see in
the app are the words an import understands, with one source of truth.
"""

from __future__ import annotations

from functools import cache

from gui.i18n import translate, translation
from gui.labels import label, source_texts
from store.exchange import columns as cols
from store.exchange.files import MAX_COLUMNS, MAX_JSON_BYTES, MAX_ROWS, FileError
from store.exchange.importer import ADD, SKIP, UPDATE, LayoutError, Plan, Rejection, Result
from store.exchange.merge import THEIRS, MergePlan, MergeResult
from store.exchange.values import Vocabulary

CHOICE_GROUPS = ("partner_kind", "relation_kind", "agreement_kind", "event_kind", "stage")


@cache
def vocabulary() -> Vocabulary:
    vietnamese = translation("vi")
    return Vocabulary(
        {
            group: {
                code: {"en": text, "vi": vietnamese.translate("Labels", text)}
                for code, text in source_texts(group).items()
            }
            for group in CHOICE_GROUPS
        }
    )


def kind_label(kind: str) -> str:
    if kind == "contact":
        return translate("Exchange", "Contacts")
    return label("records", kind)


def column_label(kind: str, key: str, lang: str) -> str:
    return cols.column(kind, key).header(lang)


def file_error(error: FileError) -> str:
    texts = {
        FileError.MISSING: translate("Exchange", "There is no file {detail}."),
        FileError.FORMAT: translate(
            "Exchange", "Cannot import or export “{detail}” files: use .xlsx, .csv or .json."
        ),
        FileError.UNREADABLE: translate(
            "Exchange", "The file cannot be read; it may be damaged or not what its name says."
        ),
        FileError.TOO_LARGE: translate(
            "Exchange",
            "The file is too large to import (more than {rows} rows, {columns} columns or 50 MB). "
            "Split it into smaller files.",
        ),
        FileError.ZIP_BOMB: translate(
            "Exchange",
            "The file was refused: it would expand to an unreasonable size (a “zip bomb”).",
        ),
        FileError.UNSAFE_XML: translate(
            "Exchange", "The file was refused: it holds XML constructs used in attacks."
        ),
        FileError.NO_SHEET: translate("Exchange", "The workbook has no sheet named “{detail}”."),
        FileError.JSON_TOO_LARGE: translate(
            "Exchange",
            "The export is larger than {megabytes} MB and cannot be merged. Copy the catalogue "
            "file itself (or a backup) instead.",
        ),
        FileError.ATTACHMENT_DATA: translate(
            "Exchange",
            "The attached file “{detail}” in the export is damaged (its data cannot be read). "
            "Nothing was imported.",
        ),
        FileError.ATTACHMENT_CHECKSUM: translate(
            "Exchange",
            "The attached file “{detail}” in the export does not match its checksum: it was "
            "damaged or altered. Nothing was imported.",
        ),
    }
    return texts[error.code].format(
        detail=error.detail,
        rows=MAX_ROWS,
        columns=MAX_COLUMNS,
        megabytes=MAX_JSON_BYTES // 1_000_000,
    )


def layout_error(error: LayoutError) -> str:
    texts = {
        LayoutError.EMPTY: translate("Exchange", "The file holds no rows."),
        LayoutError.UNKNOWN_COLUMN: translate(
            "Exchange", "No column or field matches “{detail}” (check --map)."
        ),
        LayoutError.NO_TITLE_COLUMN: translate(
            "Exchange",
            "No column of names or titles was found. Name it in the header row or map it "
            '(e.g. --map "Tên=name").',
        ),
    }
    return texts[error.code].format(detail=error.detail)


def rejection(item: Rejection) -> str:
    texts = {
        "required": translate("Exchange", "“{column}” is empty; it is required."),
        "date": translate("Exchange", "cannot read the date “{value}” in “{column}”."),
        "country": translate("Exchange", "unknown country “{value}” in “{column}”."),
        "choice": translate(
            "Exchange", "“{value}” in “{column}” is not one of the allowed values."
        ),
        "field": translate("Exchange", "unknown field of cooperation in “{column}”: “{value}”."),
        "number": translate("Exchange", "“{value}” in “{column}” is not a whole number."),
        "yes_no": translate("Exchange", "“{value}” in “{column}” is neither yes nor no."),
        "unknown_partner": translate(
            "Exchange",
            "no partner named “{value}”; import the partners first or choose to create missing partners.",
        ),
        "ambiguous_partner": translate("Exchange", "several partners are named “{value}”."),
        "unknown_agreement": translate("Exchange", "no agreement titled “{value}”."),
        "ambiguous_agreement": translate("Exchange", "several agreements are titled “{value}”."),
        "invalid": translate("Exchange", "“{value}” in “{column}”: {problem}"),
    }
    if item.code == "date" and item.problem in ("impossible", "end_before_start"):
        text = translate("Exchange", "the date “{value}” in “{column}”: {problem}")
    else:
        text = texts.get(item.code, item.code)
    problem = label("problem", item.problem) if item.problem else ""
    reason = text.format(column=item.column, value=item.value, problem=problem)
    return translate("Exchange", "Line {line}: {reason}").format(line=item.line, reason=reason)


def plan_report(plan: Plan, source: str, lang: str) -> str:
    """The dry-run report: what would be added, updated, skipped and rejected, and why."""
    layout = plan.layout
    lines = [
        translate("Exchange", "Import of {file} as {kind}; headers on line {line}.").format(
            file=source, kind=kind_label(plan.kind), line=layout.header_line
        ),
        translate("Exchange", "Columns:"),
    ]
    for index, header in enumerate(layout.headers):
        if not header:
            continue
        key = layout.mapping.get(index)
        target = column_label(plan.kind, key, lang) if key else translate("Exchange", "(ignored)")
        lines.append(f"  {header} → {target}")
    lines.append(
        translate(
            "Exchange", "To add: {add}; to update: {update}; to skip: {skip}; rejected: {rejected}."
        ).format(
            add=plan.count(ADD),
            update=plan.count(UPDATE),
            skip=plan.count(SKIP),
            rejected=len(plan.rejected),
        )
    )
    if plan.new_partners:
        lines.append(
            translate("Exchange", "Partners to create: {names}").format(
                names="; ".join(plan.new_partners)
            )
        )
    if plan.new_our_side:
        lines.append(
            translate("Exchange", "Our-side bodies to create: {names}").format(
                names="; ".join(plan.new_our_side)
            )
        )
    skipped = [row.line for row in plan.rows if row.action == SKIP]
    if skipped:
        lines.append(
            translate("Exchange", "Already in the catalogue, skipped: lines {lines}").format(
                lines=", ".join(map(str, skipped))
            )
        )
    if plan.rejected:
        lines.append(translate("Exchange", "Rejected rows:"))
        lines += [f"  {rejection(item)}" for item in plan.rejected]
    return "\n".join(lines)


def result_report(result: Result) -> str:
    text = translate(
        "Exchange", "Imported: {added} added, {updated} updated, {skipped} skipped."
    ).format(added=result.added, updated=result.updated, skipped=result.skipped)
    if result.backup:
        text += "\n" + translate("Exchange", "Backup made first: {path}").format(path=result.backup)
    return text


def merge_report(plan: MergePlan, source: str) -> str:
    new = {kind: len(items) for kind, items in plan.new.items()}
    lines = [
        translate(
            "Exchange",
            "Merge of {file}: {new} new, {same} unchanged, {conflicts} changed on both sides.",
        ).format(
            file=source,
            new=sum(new.values()),
            same=plan.same,
            conflicts=len(plan.conflicts),
        )
    ]
    for kind, n in new.items():
        if n:
            lines.append(f"  {label('records', kind)}: +{n}")
    if plan.in_trash:
        lines.append(translate("Exchange", "In our Trash, left there: {n}").format(n=plan.in_trash))
    if plan.attachments:
        lines.append(
            translate("Exchange", "Attached files to add: {n}").format(n=len(plan.attachments))
        )
    for conflict in plan.conflicts:
        title = conflict.theirs.get("name") or conflict.theirs.get("title") or conflict.uuid
        template = (
            translate(
                "Exchange",
                "{kind} “{title}”: theirs (changed {theirs}) replaces ours (changed {ours}); differs in {fields}.",
            )
            if conflict.choice == THEIRS
            else translate(
                "Exchange",
                "{kind} “{title}”: ours (changed {ours}) kept over theirs (changed {theirs}); differs in {fields}.",
            )
        )
        lines.append(
            "  "
            + template.format(
                kind=label("record", conflict.kind),
                title=title,
                theirs=conflict.theirs.get("updated_at", ""),
                ours=conflict.ours.get("updated_at", ""),
                fields=", ".join(conflict.differences),
            )
        )
    return "\n".join(lines)


def merge_result_report(result: MergeResult) -> str:
    text = translate(
        "Exchange", "Merged: {added} added, {replaced} replaced by theirs, {kept} of ours kept."
    ).format(added=result.added, replaced=result.replaced, kept=result.kept)
    if result.attachments:
        text += "\n" + translate("Exchange", "Attached files added: {n}").format(
            n=result.attachments
        )
    if result.backup:
        text += "\n" + translate("Exchange", "Backup made first: {path}").format(path=result.backup)
    return text
