<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Signed for our side by</source>
        <translation>Signed for our side by</translation>
    </message>
    <message>
        <source>Signed for the partners by</source>
        <translation>Signed for the partners by</translation>
    </message>
    <message>
        <source>Signing and validity</source>
        <translation>Signing and validity</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>Number of articles</source>
        <translation>Number of articles</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Fields of cooperation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Content and notes</source>
        <translation>Content and notes</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Agreement: {title}</source>
        <translation>Agreement: {title}</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Attachments of the selected record</source>
        <translation>Attachments of the selected record</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on this list)</source>
        <translation>Attach files (or drop them on this list)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move the file to the Trash</source>
        <translation>Move the file to the Trash</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <source>Save every file of this record into a folder</source>
        <translation>Save every file of this record into a folder</translation>
    </message>
    <message>
        <source>No files yet: drop files here or click Add…</source>
        <translation>No files yet: drop files here or click Add…</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Attachments ({count})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Added {when} by {user}</source>
        <translation>Added {when} by {user}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Attached %n file(s).</numerusform>
            <numerusform>Attached %n file(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. Use “Save a copy…” and open it from there.</source>
        <translation>No program on this computer opens “{name}”. Use “Save a copy…” and open it from there.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Export all attachments to a folder</source>
        <translation>Export all attachments to a folder</translation>
    </message>
    <message>
        <source>The files could not be saved in {folder}: {error}</source>
        <translation>The files could not be saved in {folder}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}</source>
        <translation>
            <numerusform>Saved %n file(s) in {folder}</numerusform>
            <numerusform>Saved %n file(s) in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{name}” to the Trash? It can be restored from Edit → Trash until the Trash is emptied.</source>
        <translation>Move “{name}” to the Trash? It can be restored from Edit → Trash until the Trash is emptied.</translation>
    </message>
    <message>
        <source>Moved to the Trash: {name}</source>
        <translation>Moved to the Trash: {name}</translation>
    </message>
    <message>
        <source>“{name}” could not be written: {error}</source>
        <translation>“{name}” could not be written: {error}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <translation>{column}, row {row}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Relation since</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Agreements in force</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>“{title}” was changed by {user} at {time}, after you opened it. Nothing has been saved yet. Compare and choose which version to keep.</source>
        <translation>“{title}” was changed by {user} at {time}, after you opened it. Nothing has been saved yet. Compare and choose which version to keep.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Save your version over the one stored now.</source>
        <translation>Save your version over the one stored now.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Show the version stored now in the form; your changes are dropped.</source>
        <translation>Show the version stored now in the form; your changes are dropped.</translation>
    </message>
    <message>
        <source>Back to the form without saving.</source>
        <translation>Back to the form without saving.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country in Vietnamese or English</source>
        <translation>Type a country in Vietnamese or English</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Details of the selected record</translation>
    </message>
    <message>
        <source>Relationship timeline</source>
        <translation>Relationship timeline</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>moved to the Trash</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>file attached</translation>
    </message>
    <message>
        <source>file moved to the Trash</source>
        <translation>file moved to the Trash</translation>
    </message>
    <message>
        <source>file restored from the Trash</source>
        <translation>file restored from the Trash</translation>
    </message>
    <message>
        <source>file deleted for good</source>
        <translation>file deleted for good</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Select a record to see its details.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Content and notes</source>
        <translation>Content and notes</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Event: {title}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>There is no file {detail}.</source>
        <translation>There is no file {detail}.</translation>
    </message>
    <message>
        <source>Cannot import or export “{detail}” files: use .xlsx, .csv or .json.</source>
        <translation>Cannot import or export “{detail}” files: use .xlsx, .csv or .json.</translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged or not what its name says.</source>
        <translation>The file cannot be read; it may be damaged or not what its name says.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than {rows} rows, {columns} columns or 50 MB). Split it into smaller files.</source>
        <translation>The file is too large to import (more than {rows} rows, {columns} columns or 50 MB). Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file was refused: it would expand to an unreasonable size (a “zip bomb”).</source>
        <translation>The file was refused: it would expand to an unreasonable size (a “zip bomb”).</translation>
    </message>
    <message>
        <source>The file was refused: it holds XML constructs used in attacks.</source>
        <translation>The file was refused: it holds XML constructs used in attacks.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{detail}”.</source>
        <translation>The workbook has no sheet named “{detail}”.</translation>
    </message>
    <message>
        <source>The export is larger than {megabytes} MB and cannot be merged. Copy the catalogue file itself (or a backup) instead.</source>
        <translation>The export is larger than {megabytes} MB and cannot be merged. Copy the catalogue file itself (or a backup) instead.</translation>
    </message>
    <message>
        <source>The attached file “{detail}” in the export is damaged (its data cannot be read). Nothing was imported.</source>
        <translation>The attached file “{detail}” in the export is damaged (its data cannot be read). Nothing was imported.</translation>
    </message>
    <message>
        <source>The attached file “{detail}” in the export does not match its checksum: it was damaged or altered. Nothing was imported.</source>
        <translation>The attached file “{detail}” in the export does not match its checksum: it was damaged or altered. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>The file holds no rows.</translation>
    </message>
    <message>
        <source>No column or field matches “{detail}” (check --map).</source>
        <translation>No column or field matches “{detail}” (check --map).</translation>
    </message>
    <message>
        <source>No column of names or titles was found. Name it in the header row or map it (e.g. --map "Tên=name").</source>
        <translation>No column of names or titles was found. Name it in the header row or map it (e.g. --map "Tên=name").</translation>
    </message>
    <message>
        <source>“{column}” is empty; it is required.</source>
        <translation>“{column}” is empty; it is required.</translation>
    </message>
    <message>
        <source>cannot read the date “{value}” in “{column}”.</source>
        <translation>cannot read the date “{value}” in “{column}”.</translation>
    </message>
    <message>
        <source>unknown country “{value}” in “{column}”.</source>
        <translation>unknown country “{value}” in “{column}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is not one of the allowed values.</source>
        <translation>“{value}” in “{column}” is not one of the allowed values.</translation>
    </message>
    <message>
        <source>unknown field of cooperation in “{column}”: “{value}”.</source>
        <translation>unknown field of cooperation in “{column}”: “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is not a whole number.</source>
        <translation>“{value}” in “{column}” is not a whole number.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is neither yes nor no.</source>
        <translation>“{value}” in “{column}” is neither yes nor no.</translation>
    </message>
    <message>
        <source>no partner named “{value}”; import the partners first or choose to create missing partners.</source>
        <translation>no partner named “{value}”; import the partners first or choose to create missing partners.</translation>
    </message>
    <message>
        <source>several partners are named “{value}”.</source>
        <translation>several partners are named “{value}”.</translation>
    </message>
    <message>
        <source>no agreement titled “{value}”.</source>
        <translation>no agreement titled “{value}”.</translation>
    </message>
    <message>
        <source>several agreements are titled “{value}”.</source>
        <translation>several agreements are titled “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}”: {problem}</source>
        <translation>“{value}” in “{column}”: {problem}</translation>
    </message>
    <message>
        <source>the date “{value}” in “{column}”: {problem}</source>
        <translation>the date “{value}” in “{column}”: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>Import of {file} as {kind}; headers on line {line}.</source>
        <translation>Import of {file} as {kind}; headers on line {line}.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>To add: {add}; to update: {update}; to skip: {skip}; rejected: {rejected}.</source>
        <translation>To add: {add}; to update: {update}; to skip: {skip}; rejected: {rejected}.</translation>
    </message>
    <message>
        <source>Partners to create: {names}</source>
        <translation>Partners to create: {names}</translation>
    </message>
    <message>
        <source>Our-side bodies to create: {names}</source>
        <translation>Our-side bodies to create: {names}</translation>
    </message>
    <message>
        <source>Already in the catalogue, skipped: lines {lines}</source>
        <translation>Already in the catalogue, skipped: lines {lines}</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped.</source>
        <translation>Imported: {added} added, {updated} updated, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Backup made first: {path}</source>
        <translation>Backup made first: {path}</translation>
    </message>
    <message>
        <source>Merge of {file}: {new} new, {same} unchanged, {conflicts} changed on both sides.</source>
        <translation>Merge of {file}: {new} new, {same} unchanged, {conflicts} changed on both sides.</translation>
    </message>
    <message>
        <source>In our Trash, left there: {n}</source>
        <translation>In our Trash, left there: {n}</translation>
    </message>
    <message>
        <source>Attached files to add: {n}</source>
        <translation>Attached files to add: {n}</translation>
    </message>
    <message>
        <source>{kind} “{title}”: theirs (changed {theirs}) replaces ours (changed {ours}); differs in {fields}.</source>
        <translation>{kind} “{title}”: theirs (changed {theirs}) replaces ours (changed {ours}); differs in {fields}.</translation>
    </message>
    <message>
        <source>{kind} “{title}”: ours (changed {ours}) kept over theirs (changed {theirs}); differs in {fields}.</source>
        <translation>{kind} “{title}”: ours (changed {ours}) kept over theirs (changed {theirs}); differs in {fields}.</translation>
    </message>
    <message>
        <source>Merged: {added} added, {replaced} replaced by theirs, {kept} of ours kept.</source>
        <translation>Merged: {added} added, {replaced} replaced by theirs, {kept} of ours kept.</translation>
    </message>
    <message>
        <source>Attached files added: {n}</source>
        <translation>Attached files added: {n}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Whole catalogue for archiving or merging (*.json)</source>
        <translation>Whole catalogue for archiving or merging (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>A year, month or day, e.g. 2018, 6/2018, 13/4/2023</source>
        <translation>A year, month or day, e.g. 2018, 6/2018, 13/4/2023</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>In force only</source>
        <translation>In force only</translation>
    </message>
    <message>
        <source>With an agreement in force</source>
        <translation>With an agreement in force</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field of cooperation</source>
        <translation>Field of cooperation</translation>
    </message>
    <message>
        <source>shown {shown} of {total}</source>
        <translation>shown {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Skip them</translation>
    </message>
    <message>
        <source>Fill their empty fields</source>
        <translation>Fill their empty fields</translation>
    </message>
    <message>
        <source>Create new records anyway</source>
        <translation>Create new records anyway</translation>
    </message>
    <message>
        <source>Create partners that are not in the catalogue</source>
        <translation>Create partners that are not in the catalogue</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Rows are:</source>
        <translation>Rows are:</translation>
    </message>
    <message>
        <source>Rows already in the catalogue:</source>
        <translation>Rows already in the catalogue:</translation>
    </message>
    <message>
        <source>Columns and the first rows</source>
        <translation>Columns and the first rows</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Spreadsheets and Partnerbook exports (*.xlsx *.csv *.json)</source>
        <translation>Spreadsheets and Partnerbook exports (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Choose, in the “Read as” row, the column that holds the names or titles.</source>
        <translation>Choose, in the “Read as” row, the column that holds the names or titles.</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation>Check cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>{n} rows are rejected (see the report). Import the other rows?</source>
        <translation>{n} rows are rejected (see the report). Import the other rows?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import cancelled; the catalogue was left as it was.</source>
        <translation>Import cancelled; the catalogue was left as it was.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Merge cancelled; the catalogue was left as it was.</source>
        <translation>Merge cancelled; the catalogue was left as it was.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Foreign locality</source>
        <translation>Foreign locality</translation>
    </message>
    <message>
        <source>National government body</source>
        <translation>National government body</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>International organisation</translation>
    </message>
    <message>
        <source>Development agency</source>
        <translation>Development agency</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Embassy or consulate</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>University or institute</translation>
    </message>
    <message>
        <source>Twinning (sister city)</source>
        <translation>Twinning (sister city)</translation>
    </message>
    <message>
        <source>Friendship and cooperation</source>
        <translation>Friendship and cooperation</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>No formal relation</source>
        <translation>No formal relation</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Action programme</source>
        <translation>Action programme</translation>
    </message>
    <message>
        <source>Friendship or twinning agreement</source>
        <translation>Friendship or twinning agreement</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Under consultation</source>
        <translation>Under consultation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Outbound delegation</source>
        <translation>Outbound delegation</translation>
    </message>
    <message>
        <source>Inbound delegation</source>
        <translation>Inbound delegation</translation>
    </message>
    <message>
        <source>Meeting or courtesy call</source>
        <translation>Meeting or courtesy call</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Signing ceremony</translation>
    </message>
    <message>
        <source>Conference, forum or workshop</source>
        <translation>Conference, forum or workshop</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Study tour</source>
        <translation>Study tour</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Not a valid web address.</source>
        <translation>Not a valid web address.</translation>
    </message>
    <message>
        <source>Unknown country.</source>
        <translation>Unknown country.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Not one of the allowed values.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Must not be negative.</translation>
    </message>
    <message>
        <source>An agreement cannot renew itself.</source>
        <translation>An agreement cannot renew itself.</translation>
    </message>
    <message>
        <source>An agreement can only renew an earlier agreement.</source>
        <translation>An agreement can only renew an earlier agreement.</translation>
    </message>
    <message>
        <source>A partner cannot belong to itself.</source>
        <translation>A partner cannot belong to itself.</translation>
    </message>
    <message>
        <source>Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023.</source>
        <translation>Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>List of records</source>
        <translation>List of records</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtering…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>&amp;Find in this list</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;New catalogue…</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Open catalogue…</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Open the &amp;sample catalogue</translation>
    </message>
    <message>
        <source>Our side &amp;bodies…</source>
        <translation>Our side &amp;bodies…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Export this &amp;list…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Partnerbook</source>
        <translation>&amp;About Partnerbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation>&amp;Recent catalogues</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print &amp;language</source>
        <translation>Print &amp;language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The daily backup could not be made: check the backup folder in Settings.</source>
        <translation>The daily backup could not be made: check the backup folder in Settings.</translation>
    </message>
    <message>
        <source>{partners} partners · {agreements} agreements · {events} events</source>
        <translation>{partners} partners · {agreements} agreements · {events} events</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Move “{title}” to the Trash?</source>
        <translation>Move “{title}” to the Trash?</translation>
    </message>
    <message>
        <source>Records linked to it: {links}. The links are kept and come back if you restore it.</source>
        <translation>Records linked to it: {links}. The links are kept and come back if you restore it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Moved to the Trash: {title} (Ctrl+Z to undo)</source>
        <translation>Moved to the Trash: {title} (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>Restored from the Trash</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>Open catalogue</translation>
    </message>
    <message>
        <source>Partnerbook catalogues (*{suffix});;All files (*)</source>
        <translation>Partnerbook catalogues (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <source>Partnerbook catalogues (*{suffix})</source>
        <translation>Partnerbook catalogues (*{suffix})</translation>
    </message>
    <message>
        <source>That file already exists. Choose another name.</source>
        <translation>That file already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>The backup could not be made: {error}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The backup could not be restored; the catalogue was left as it was. ({error})</source>
        <translation>The backup could not be restored; the catalogue was left as it was. ({error})</translation>
    </message>
    <message>
        <source>Restored the backup; the file as it was before is kept among the backups.</source>
        <translation>Restored the backup; the file as it was before is kept among the backups.</translation>
    </message>
    <message>
        <source>About Partnerbook</source>
        <translation>About Partnerbook</translation>
    </message>
    <message>
        <source>Partnerbook — an offline catalogue of international partnerships.
Fonts: Be Vietnam Pro, Noto Sans KR (SIL OFL). Icons: KDE Breeze (LGPL).</source>
        <translation>Partnerbook — an offline catalogue of international partnerships.
Fonts: Be Vietnam Pro, Noto Sans KR (SIL OFL). Icons: KDE Breeze (LGPL).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another catalogue</source>
        <translation>Merge another catalogue</translation>
    </message>
    <message>
        <source>{new} new records will be added and {same} are unchanged. {conflicts} records were changed on both sides: choose the version to keep (the one changed last is proposed). What is replaced stays in the record's history.</source>
        <translation>{new} new records will be added and {same} are unchanged. {conflicts} records were changed on both sides: choose the version to keep (the one changed last is proposed). What is replaced stays in the record's history.</translation>
    </message>
    <message>
        <source>Records changed on both sides</source>
        <translation>Records changed on both sides</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no catalogue at {path}. Create one with “partnerbook demo”.</source>
        <translation>There is no catalogue at {path}. Create one with “partnerbook demo”.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>{path} is not a Partnerbook catalogue. It was left unchanged.</source>
        <translation>{path} is not a Partnerbook catalogue. It was left unchanged.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Partnerbook. Install the newer version to open it; the file was left unchanged.</source>
        <translation>{path} was written by a newer Partnerbook. Install the newer version to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>{path} is damaged and was left unchanged. Open a backup or another file.</source>
        <translation>{path} is damaged and was left unchanged. Open a backup or another file.</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it there and try again; nothing was lost.</source>
        <translation>{path} is locked by another program. Close it there and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>{path} is open read-only; changes cannot be saved.</source>
        <translation>{path} is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file or its folder is read-only. Nothing was saved; your edit is still here to save again once the file can be written.</source>
        <translation>{path} cannot be written: the file or its folder is read-only. Nothing was saved; your edit is still here to save again once the file can be written.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was saved; free some space and save again.</source>
        <translation>The disk holding {path} is full. Nothing was saved; free some space and save again.</translation>
    </message>
    <message>
        <source>The disk refused to write {path}. Nothing was saved; check the disk or the network connection and save again.</source>
        <translation>The disk refused to write {path}. Nothing was saved; check the disk or the network connection and save again.</translation>
    </message>
    <message>
        <source>{path} was moved or deleted while it was open. Nothing was saved; put the file back and save again, or open it where it is now.</source>
        <translation>{path} was moved or deleted while it was open. Nothing was saved; put the file back and save again, or open it where it is now.</translation>
    </message>
    <message>
        <source>This catalogue is on a network drive. File locking there is not reliable: if two people edit it at the same time, changes can be lost or the file damaged. Keep the catalogue on this computer's disk and put backups on the network drive instead.</source>
        <translation>This catalogue is on a network drive. File locking there is not reliable: if two people edit it at the same time, changes can be lost or the file damaged. Keep the catalogue on this computer's disk and put backups on the network drive instead.</translation>
    </message>
    <message>
        <source>This catalogue is in a cloud-synchronised folder. The sync program can copy the file in the middle of a save or keep conflicting copies, and changes can be lost. Keep the catalogue outside that folder and put backups there instead.</source>
        <translation>This catalogue is in a cloud-synchronised folder. The sync program can copy the file in the middle of a save or keep conflicting copies, and changes can be lost. Keep the catalogue outside that folder and put backups there instead.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; a file can be at most {limit}. It was not attached.</source>
        <translation>“{name}” is {size}; a file can be at most {limit}. It was not attached.</translation>
    </message>
    <message>
        <source>“{name}” could not be read (a folder, a file open in another program, or one that changed while it was read). It was not attached.</source>
        <translation>“{name}” could not be read (a folder, a file open in another program, or one that changed while it was read). It was not attached.</translation>
    </message>
    <message>
        <source>The record is no longer there, so “{name}” was not attached.</source>
        <translation>The record is no longer there, so “{name}” was not attached.</translation>
    </message>
    <message>
        <source>That file is no longer in the catalogue.</source>
        <translation>That file is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>The copy of “{name}” kept in the catalogue is damaged, so it was not written. Restore a backup of the catalogue to get it back.</source>
        <translation>The copy of “{name}” kept in the catalogue is damaged, so it was not written. Restore a backup of the catalogue to get it back.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Cannot open the catalogue</translation>
    </message>
    <message>
        <source>The newest backup that passes every check was made {date}. Opening it copies it beside the file, which stays as it is.</source>
        <translation>The newest backup that passes every check was made {date}. Opening it copies it beside the file, which stays as it is.</translation>
    </message>
    <message>
        <source>Open the newest good backup</source>
        <translation>Open the newest good backup</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Open the sample catalogue</source>
        <translation>Open the sample catalogue</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>Open catalogue</translation>
    </message>
</context>
<context>
    <name>OurSideDialog</name>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New our-side body</source>
        <translation>New our-side body</translation>
    </message>
    <message>
        <source>Our side: {name}</source>
        <translation>Our side: {name}</translation>
    </message>
</context>
<context>
    <name>OurSideList</name>
    <message>
        <source>Our side bodies</source>
        <translation>Our side bodies</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Agreements expiring soon</source>
        <translation>Agreements expiring soon</translation>
    </message>
    <message>
        <source>Agreements recently expired</source>
        <translation>Agreements recently expired</translation>
    </message>
    <message>
        <source>Anniversaries of relations this year</source>
        <translation>Anniversaries of relations this year</translation>
    </message>
    <message>
        <source>Follow-up actions due or overdue</source>
        <translation>Follow-up actions due or overdue</translation>
    </message>
    <message>
        <source>Dormant partners (no recent event)</source>
        <translation>Dormant partners (no recent event)</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <source>Nothing at the moment</source>
        <translation>Nothing at the moment</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Partners by country</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Partners by type</translation>
    </message>
    <message>
        <source>{years} years: {name} (since {since})</source>
        <translation>{years} years: {name} (since {since})</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>last event {date}</source>
        <translation>last event {date}</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>no event</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>file attached</translation>
    </message>
    <message>
        <source>file moved to the Trash</source>
        <translation>file moved to the Trash</translation>
    </message>
    <message>
        <source>file restored</source>
        <translation>file restored</translation>
    </message>
    <message>
        <source>file deleted for good</source>
        <translation>file deleted for good</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2001, 6/2018, 13/4/2023, 13–16/4/2023</source>
        <translation>e.g. 2001, 6/2018, 13/4/2023, 13–16/4/2023</translation>
    </message>
    <message>
        <source>e.g. 13/4/2023</source>
        <translation>e.g. 13/4/2023</translation>
    </message>
    <message>
        <source>→ {date}</source>
        <translation>→ {date}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Name in its own language</source>
        <translation>Name in its own language</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Relation since</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Fields of cooperation</translation>
    </message>
    <message>
        <source>Fields and notes</source>
        <translation>Fields and notes</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>{years} years in {year}</source>
        <translation>{years} years in {year}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Member bodies</source>
        <translation>Member bodies</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Next anniversary</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Relationship timeline</source>
        <translation>Relationship timeline</translation>
    </message>
    <message>
        <source>Agreements over their validity and events</source>
        <translation>Agreements over their validity and events</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>No agreement recorded.</translation>
    </message>
    <message>
        <source>No event recorded.</source>
        <translation>No event recorded.</translation>
    </message>
    <message>
        <source>{n} earlier events are not listed here.</source>
        <translation>{n} earlier events are not listed here.</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <source>Planned events</source>
        <translation>Planned events</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>No open follow-up.</source>
        <translation>No open follow-up.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Fields of cooperation</translation>
    </message>
    <message>
        <source>Contacts in post</source>
        <translation>Contacts in post</translation>
    </message>
    <message>
        <source>No contact in post recorded.</source>
        <translation>No contact in post recorded.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Signatories (our side)</source>
        <translation>Signatories (our side)</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <translation>Signatories (partner)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Renewed by</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Related events</translation>
    </message>
    <message>
        <source>Agreement sheet</source>
        <translation>Agreement sheet</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Agreements in force</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <source>Agreements concerned</source>
        <translation>Agreements concerned</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Event brief</source>
        <translation>Event brief</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Country: {country}</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Expiring within {months} months</source>
        <translation>Expiring within {months} months</translation>
    </message>
    <message>
        <source>No agreement expires in this period.</source>
        <translation>No agreement expires in this period.</translation>
    </message>
    <message>
        <source>Ended in the last {months} months, not renewed</source>
        <translation>Ended in the last {months} months, not renewed</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Agreements expiring</source>
        <translation>Agreements expiring</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(no country)</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Other events</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>None in this period.</translation>
    </message>
    <message>
        <source>Outbound delegations</source>
        <translation>Outbound delegations</translation>
    </message>
    <message>
        <source>Inbound delegations</source>
        <translation>Inbound delegations</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>By country</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>By partner</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Period: {start} – {end}</translation>
    </message>
    <message>
        <source>Delegation log</source>
        <translation>Delegation log</translation>
    </message>
    <message>
        <source>No country (international)</source>
        <translation>No country (international)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Website, e-mail, phone</source>
        <translation>Website, e-mail, phone</translation>
    </message>
    <message>
        <source>No partner matches.</source>
        <translation>No partner matches.</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partner directory</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} partners</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Agreements by status</source>
        <translation>Agreements by status</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Whole catalogue</translation>
    </message>
    <message>
        <source>Print preview – {title}</source>
        <translation>Print preview – {title}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>This document would be too long to print at once (about {lines} lines; at most {limit}). Narrow it with a period, a country or a kind, and print it in parts.</source>
        <translation>This document would be too long to print at once (about {lines} lines; at most {limit}). Narrow it with a period, a country or a kind, and print it in parts.</translation>
    </message>
    <message>
        <source>Type: {kind}</source>
        <translation>Type: {kind}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Field: {field}</translation>
    </message>
    <message>
        <source>Relation since {year}</source>
        <translation>Relation since {year}</translation>
    </message>
    <message>
        <source>+{n} earlier agreements (see the table)</source>
        <translation>+{n} earlier agreements (see the table)</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Events ({n})</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Today {date}</source>
        <translation>Today {date}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fix the marked fields before saving ({pages}).</source>
        <translation>Fix the marked fields before saving ({pages}).</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>“{title}” was moved to the Trash elsewhere after you opened it. Save your version as a new record?</source>
        <translation>“{title}” was moved to the Trash elsewhere after you opened it. Save your version as a new record?</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>Save your changes before closing?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search and add…</source>
        <translation>Type to search and add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{field}: search</source>
        <translation>{field}: search</translation>
    </message>
    <message>
        <source>{field}: chosen</source>
        <translation>{field}: chosen</translation>
    </message>
    <message>
        <source>{field}: remove</source>
        <translation>{field}: remove</translation>
    </message>
    <message>
        <source>(in the Trash) #{id}</source>
        <translation>(in the Trash) #{id}</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Relation since</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>in post</translation>
    </message>
    <message>
        <source>no longer in post</source>
        <translation>no longer in post</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>… and {n} earlier events</source>
        <translation>… and {n} earlier events</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Our side</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Signatories (our side)</source>
        <translation>Signatories (our side)</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <translation>Signatories (partner)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Renewed by</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Agreements expiring</source>
        <translation>Agreements expiring</translation>
    </message>
    <message>
        <source>Delegation log (outbound and inbound)</source>
        <translation>Delegation log (outbound and inbound)</translation>
    </message>
    <message>
        <source>Partner directory by country</source>
        <translation>Partner directory by country</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Whole catalogue</translation>
    </message>
    <message>
        <source>e.g. 2024, 6/2024 or 13/4/2024</source>
        <translation>e.g. 2024, 6/2024 or 13/4/2024</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Language of the print</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>on opening</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restore this copy</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Type a name, a place, a person… accents optional</source>
        <translation>Type a name, a place, a person… accents optional</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>e.g. Sở Ngoại vụ thành phố Hà Nội</source>
        <translation>e.g. Sở Ngoại vụ thành phố Hà Nội</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Organisation (printed headers)</source>
        <translation>Organisation (printed headers)</translation>
    </message>
    <message>
        <source>Agreements are “expiring” within</source>
        <translation>Agreements are “expiring” within</translation>
    </message>
    <message>
        <source>Partners are “dormant” after no event for</source>
        <translation>Partners are “dormant” after no event for</translation>
    </message>
    <message>
        <source>Largest file to attach</source>
        <translation>Largest file to attach</translation>
    </message>
    <message>
        <source>Backup folder (e.g. a USB stick)</source>
        <translation>Backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Expiry window</source>
        <translation>Expiry window</translation>
    </message>
    <message>
        <source>Dormancy window</source>
        <translation>Dormancy window</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SingleRecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>(in the Trash) #{id}</source>
        <translation>(in the Trash) #{id}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Empty the Trash…</source>
        <translation>&amp;Empty the Trash…</translation>
    </message>
    <message>
        <source>{name} (attached to {record})</source>
        <translation>{name} (attached to {record})</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Empty the Trash</translation>
    </message>
    <message>
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation>Delete everything in the Trash for good? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{path} already exists; choose another file with --db.</source>
        <translation>{path} already exists; choose another file with --db.</translation>
    </message>
    <message>
        <source>Created the sample catalogue in {path}</source>
        <translation>Created the sample catalogue in {path}</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>No match.</translation>
    </message>
    <message>
        <source>Unknown kind: {kind}</source>
        <translation>Unknown kind: {kind}</translation>
    </message>
    <message>
        <source>Not a record id: {id}</source>
        <translation>Not a record id: {id}</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>No record with id {id}.</translation>
    </message>
    <message>
        <source>Id {id} names several records ({kinds}); add --kind.</source>
        <translation>Id {id} names several records ({kinds}); add --kind.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Schema version: {version}</translation>
    </message>
    <message>
        <source>Records: {partners} partners, {agreements} agreements, {events} events</source>
        <translation>Records: {partners} partners, {agreements} agreements, {events} events</translation>
    </message>
    <message>
        <source>Integrity check failed:</source>
        <translation>Integrity check failed:</translation>
    </message>
    <message>
        <source>Integrity: OK</source>
        <translation>Integrity: OK</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>  In the Trash: {n}</source>
        <translation>  In the Trash: {n}</translation>
    </message>
    <message>
        <source>Agreements by status</source>
        <translation>Agreements by status</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Partners by country</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(no country)</translation>
    </message>
    <message>
        <source>No partner matches {name}.</source>
        <translation>No partner matches {name}.</translation>
    </message>
    <message>
        <source>{n} partners match {name}; choose one by its id:</source>
        <translation>{n} partners match {name}; choose one by its id:</translation>
    </message>
    <message>
        <source>Cannot read the date {date}.</source>
        <translation>Cannot read the date {date}.</translation>
    </message>
    <message>
        <source>--from, --to, --country and --months go with --report.</source>
        <translation>--from, --to, --country and --months go with --report.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Unknown country: {country}</source>
        <translation>Unknown country: {country}</translation>
    </message>
    <message>
        <source>--months must be 1 or more.</source>
        <translation>--months must be 1 or more.</translation>
    </message>
    <message>
        <source>Wrote {path} (pages: {pages})</source>
        <translation>Wrote {path} (pages: {pages})</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>No such backup: {path}</source>
        <translation>No such backup: {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}</source>
        <translation>Restored {backup} into {path}</translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}</source>
        <translation>The file as it was is kept in {path}</translation>
    </message>
    <message>
        <source>Created {path} in {seconds:.0f} s</source>
        <translation>Created {path} in {seconds:.0f} s</translation>
    </message>
    <message>
        <source>--map takes "Header=field": {text}</source>
        <translation>--map takes "Header=field": {text}</translation>
    </message>
    <message>
        <source>Cannot export to “{suffix}” files: use .xlsx, .csv or .json.</source>
        <translation>Cannot export to “{suffix}” files: use .xlsx, .csv or .json.</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows)</source>
        <translation>Wrote {path} ({n} rows)</translation>
    </message>
    <message>
        <source>catalogue file (default: PARTNERBOOK_DB or the one in your data folder)</source>
        <translation>catalogue file (default: PARTNERBOOK_DB or the one in your data folder)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.</source>
        <translation>Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>create a catalogue holding the sample</source>
        <translation>create a catalogue holding the sample</translation>
    </message>
    <message>
        <source>search every record; one line per hit: kind, id, title</source>
        <translation>search every record; one line per hit: kind, id, title</translation>
    </message>
    <message>
        <source>show one record with its links</source>
        <translation>show one record with its links</translation>
    </message>
    <message>
        <source>check the file, its schema and its integrity</source>
        <translation>check the file, its schema and its integrity</translation>
    </message>
    <message>
        <source>counts by kind, status and country</source>
        <translation>counts by kind, status and country</translation>
    </message>
    <message>
        <source>copy the catalogue into the backups folder (or --to FILE)</source>
        <translation>copy the catalogue into the backups folder (or --to FILE)</translation>
    </message>
    <message>
        <source>replace the catalogue with a backup, after backing it up</source>
        <translation>replace the catalogue with a backup, after backing it up</translation>
    </message>
    <message>
        <source>make a large synthetic catalogue for tests</source>
        <translation>make a large synthetic catalogue for tests</translation>
    </message>
    <message>
        <source>import partners, agreements, events or contacts from .xlsx or .csv, or merge a .json export</source>
        <translation>import partners, agreements, events or contacts from .xlsx or .csv, or merge a .json export</translation>
    </message>
    <message>
        <source>export a kind to .xlsx or .csv, or the whole catalogue to .json</source>
        <translation>export a kind to .xlsx or .csv, or the whole catalogue to .json</translation>
    </message>
    <message>
        <source>print a partner profile, agreement sheet, event brief or report to PDF or Word</source>
        <translation>print a partner profile, agreement sheet, event brief or report to PDF or Word</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>a record id (e.g. 12 or partner:12) or UUID</source>
        <translation>a record id (e.g. 12 or partner:12) or UUID</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>what the rows are (default: guessed from the headers)</source>
        <translation>what the rows are (default: guessed from the headers)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>HEADER=FIELD</translation>
    </message>
    <message>
        <source>read a column as a field (field empty: ignore the column); repeatable</source>
        <translation>read a column as a field (field empty: ignore the column); repeatable</translation>
    </message>
    <message>
        <source>a row matching a record already there: skip it, fill its empty fields, or create anyway</source>
        <translation>a row matching a record already there: skip it, fill its empty fields, or create anyway</translation>
    </message>
    <message>
        <source>create partners named in rows but not in the catalogue</source>
        <translation>create partners named in rows but not in the catalogue</translation>
    </message>
    <message>
        <source>report what would be imported without changing anything</source>
        <translation>report what would be imported without changing anything</translation>
    </message>
    <message>
        <source>also save the report in FILE</source>
        <translation>also save the report in FILE</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>a partner's profile; a name is found without accents</source>
        <translation>a partner's profile; a name is found without accents</translation>
    </message>
    <message>
        <source>an agreement's sheet</source>
        <translation>an agreement's sheet</translation>
    </message>
    <message>
        <source>an event's brief</source>
        <translation>an event's brief</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>a report</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>start of the period (delegations; default: 1 January this year)</source>
        <translation>start of the period (delegations; default: 1 January this year)</translation>
    </message>
    <message>
        <source>end of the period (delegations; default: 31 December this year)</source>
        <translation>end of the period (delegations; default: 31 December this year)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>only this country (e.g. FR, KR or a name)</source>
        <translation>only this country (e.g. FR, KR or a name)</translation>
    </message>
    <message>
        <source>expiring within N months (default: 6)</source>
        <translation>expiring within N months (default: 6)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>write a PDF</source>
        <translation>write a PDF</translation>
    </message>
    <message>
        <source>write a Word file</source>
        <translation>write a Word file</translation>
    </message>
    <message>
        <source>organisation name in the page header (default: the one in Settings)</source>
        <translation>organisation name in the page header (default: the one in Settings)</translation>
    </message>
</context>
</TS>